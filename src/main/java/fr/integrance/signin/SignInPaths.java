package fr.integrance.signin;

import org.springframework.stereotype.Component;

import fr.integrance.identity.SignInPages;

/** Where this channel serves the pages identity sends people to. */
@Component
class SignInPaths implements SignInPages {

	static final String SIGN_IN = "/connexion";

	static final String SECOND_FACTOR = "/connexion/code";

	static final String SIGN_OUT = "/deconnexion";

	static final String PASSWORD_RESET = "/mot-de-passe-oublie";

	static final String ENROLMENT = "/compte/double-authentification";

	static final String SECURITY = "/compte/securite";

	@Override
	public String signIn() {
		return SIGN_IN;
	}

	@Override
	public String signInFailed() {
		return SIGN_IN + "?erreur";
	}

	@Override
	public String sessionExpired() {
		return SIGN_IN + "?expiree";
	}

	@Override
	public String secondFactor() {
		return SECOND_FACTOR;
	}

	@Override
	public String secondFactorEnrolment() {
		return ENROLMENT;
	}

	@Override
	public String passwordReset() {
		return PASSWORD_RESET;
	}

	@Override
	public String passwordReset(String token) {
		return PASSWORD_RESET + "/" + token;
	}

	@Override
	public String invitation(String token) {
		return "/invitation/" + token;
	}

}
