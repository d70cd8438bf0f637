package fr.integrance.identity.internal;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Enrolment;
import fr.integrance.identity.EnrolmentOutcome;
import fr.integrance.identity.SecondFactorCheck;
import fr.integrance.identity.SecondFactorStatus;
import fr.integrance.identity.SecondFactors;
import fr.integrance.identity.internal.LoginService.SecondFactorOutcome;

/**
 * {@link SecondFactors}: the login and enrolment steps of the second factor as a session
 * goes through them, over {@link LoginService} and {@link SecondFactorService}.
 */
@Component
@RequiredArgsConstructor
class SecondFactorSteps implements SecondFactors {

	private final SecondFactorService secondFactor;

	private final LoginService logins;

	private final Authentications authentications;

	@Override
	public SecondFactorStatus status(AuthenticatedUser user) {
		return new SecondFactorStatus(secondFactor.enrolled(user.accountId()), user.role().secondFactorRequired(),
				secondFactor.unusedRecoveryCodes(user.accountId()));
	}

	@Override
	public SecondFactorCheck check(String code, HttpServletRequest request, HttpServletResponse response) {
		Optional<PendingSecondFactor> pending = authentications.pending();
		if (pending.isEmpty()) {
			return new SecondFactorCheck.NotPending();
		}
		SecondFactorOutcome outcome = logins.checkSecondFactor(pending.get().getPrincipal().accountId(), code,
				request.getRemoteAddr());
		if (outcome instanceof SecondFactorOutcome.Accepted accepted) {
			authentications.establish(Authentications.complete(accepted.user()), request, response);
			return new SecondFactorCheck.Accepted(authentications.target(request, response, accepted.user()));
		}
		if (outcome instanceof SecondFactorOutcome.LockedOut) {
			// Locked, or disabled meanwhile: start again from the password, with the one
			// generic message.
			authentications.end(request);
			return new SecondFactorCheck.LockedOut();
		}
		return new SecondFactorCheck.Rejected();
	}

	@Override
	public Enrolment enrolment(HttpServletRequest request) {
		AuthenticatedUser user = enrolling();
		if (secondFactor.enrolled(user.accountId())) {
			return new Enrolment.AlreadyEnrolled();
		}
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(SessionAttributes.PROPOSED_TOTP_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(SessionAttributes.PROPOSED_TOTP_SECRET, secret);
		}
		return new Enrolment.Proposed(secondFactor.propose(user.accountId(), secret),
				authentications.pending().isPresent());
	}

	@Override
	public EnrolmentOutcome enrol(String code, HttpServletRequest request, HttpServletResponse response) {
		AuthenticatedUser user = enrolling();
		if (secondFactor.enrolled(user.accountId())) {
			return new EnrolmentOutcome.AlreadyEnrolled();
		}
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(SessionAttributes.PROPOSED_TOTP_SECRET);
		if (secret == null) {
			return new EnrolmentOutcome.NoProposal();
		}
		Optional<List<String>> codes = secondFactor.enrol(user.accountId(), secret, code);
		if (codes.isEmpty()) {
			return new EnrolmentOutcome.CodeRejected();
		}
		session.removeAttribute(SessionAttributes.PROPOSED_TOTP_SECRET);
		if (authentications.pending().isPresent()) {
			Optional<AuthenticatedUser> complete = logins.completeAfterEnrolment(user.accountId(),
					request.getRemoteAddr());
			if (complete.isEmpty()) {
				authentications.end(request);
				return new EnrolmentOutcome.SignInFailed();
			}
			authentications.establish(Authentications.complete(complete.get()), request, response);
		}
		return new EnrolmentOutcome.Enrolled(codes.get());
	}

	@Override
	public Optional<List<String>> regenerateRecoveryCodes(AuthenticatedUser user) {
		if (!secondFactor.enrolled(user.accountId())) {
			return Optional.empty();
		}
		return Optional.of(secondFactor.regenerateRecoveryCodes(user.accountId()));
	}

	/**
	 * The account signed in, or signing in, in this session: the enrolment page is open
	 * to both (the chain of the sign-in channel sees to it).
	 */
	private AuthenticatedUser enrolling() {
		return (AuthenticatedUser) authentications.current()
			.map(Authentication::getPrincipal)
			.orElseThrow(() -> new AccessDeniedException("Not signing in"));
	}

}
