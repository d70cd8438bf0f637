package fr.integrance.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The TOTP second factor: the second step of a login, enrolment (during a login for an
 * account that must have one, or from the security page) and the recovery codes. The
 * secret is proposed first, kept in the session, and only stored once the person proves,
 * with a code from their app, that the app holds it; enrolling gives ten recovery codes,
 * shown once, stored hashed.
 */
public interface SecondFactors {

	SecondFactorStatus status(AuthenticatedUser user);

	/**
	 * The second step of the login waiting in this session: a TOTP code, or a recovery
	 * code (case, spaces and dashes ignored).
	 */
	SecondFactorCheck check(String code, HttpServletRequest request, HttpServletResponse response);

	/**
	 * The enrolment of the account signed in, or signing in, in this session: a secret
	 * proposed (the same until confirmed), unless the account already has a second
	 * factor.
	 */
	Enrolment enrolment(HttpServletRequest request);

	/** Confirms the proposed secret with a code from the app. */
	EnrolmentOutcome enrol(String code, HttpServletRequest request, HttpServletResponse response);

	/**
	 * New recovery codes; the previous ones stop working.
	 * @return empty when the account has no second factor
	 */
	Optional<List<String>> regenerateRecoveryCodes(AuthenticatedUser user);

}
