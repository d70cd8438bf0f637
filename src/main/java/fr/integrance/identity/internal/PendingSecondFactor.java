package fr.integrance.identity.internal;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.SignInPages;

/**
 * The state between a right password and the second factor: it holds one authority that
 * opens only the next step (the code page, or the enrolment page), never a space of the
 * platform.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	enum Step {

		/** The account has a TOTP secret: the code comes next. */
		CODE(Authorities.LOGIN_SECOND_FACTOR),
		/** The account must have a second factor and has none: enrolment comes next. */
		ENROLMENT(Authorities.LOGIN_SECOND_FACTOR_ENROLMENT);

		private final String authority;

		Step(String authority) {
			this.authority = authority;
		}

		/** The page of this step. */
		String path(SignInPages pages) {
			return this == CODE ? pages.secondFactor() : pages.secondFactorEnrolment();
		}

	}

	private final AuthenticatedUser user;

	private final Step step;

	PendingSecondFactor(AuthenticatedUser user, Step step) {
		super(List.of(new SimpleGrantedAuthority(step.authority)));
		this.user = user;
		this.step = step;
		setAuthenticated(true);
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public AuthenticatedUser getPrincipal() {
		return user;
	}

	Step step() {
		return step;
	}

}
