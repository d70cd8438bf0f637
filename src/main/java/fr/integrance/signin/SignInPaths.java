package fr.integrance.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.identity.SignInPages;

/** Where this channel serves the pages identity sends people to. */
@Configuration(proxyBeanMethods = false)
class SignInPaths {

	static final String SIGN_IN = "/connexion";

	static final String SECOND_FACTOR = "/connexion/code";

	/** Under this, the unlock link of an alert mail (SignInPages.unlock). */
	static final String UNLOCK = "/connexion/deverrouillage";

	static final String SIGN_OUT = "/deconnexion";

	static final String PASSWORD_RESET = "/mot-de-passe-oublie";

	static final String ENROLMENT = "/compte/double-authentification";

	static final String SECURITY = "/compte/securite";

	static final String INVITATION = "/invitation";

	@Bean
	SignInPages signInPages() {
		return new SignInPages(SIGN_IN, SECOND_FACTOR, ENROLMENT, PASSWORD_RESET, INVITATION);
	}

}
