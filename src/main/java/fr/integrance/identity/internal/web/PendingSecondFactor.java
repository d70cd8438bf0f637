package fr.integrance.identity.internal.web;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Authorities;

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
		CODE("/connexion/code", Authorities.LOGIN_SECOND_FACTOR),
		/** The account must have a second factor and has none: enrolment comes next. */
		ENROLMENT("/compte/double-authentification", Authorities.LOGIN_SECOND_FACTOR_ENROLMENT);

		private final String path;

		private final String authority;

		Step(String path, String authority) {
			this.path = path;
			this.authority = authority;
		}

		String path() {
			return path;
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
	public Object getCredentials() {
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
