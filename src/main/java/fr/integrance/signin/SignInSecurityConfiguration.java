package fr.integrance.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import fr.integrance.identity.Authorities;
import fr.integrance.identity.SecurityChains;

/**
 * The chain of this channel's pages: sign-in (form login on {@code POST /connexion}), the
 * second step, sign-out, password reset and invitations (open to anyone), and one's own
 * account.
 */
@Configuration(proxyBeanMethods = false)
class SignInSecurityConfiguration {

	static final String[] PATHS = { SignInPaths.SIGN_IN, "/connexion/**", SignInPaths.SIGN_OUT,
			SignInPaths.PASSWORD_RESET, "/mot-de-passe-oublie/**", "/invitation/**", "/compte", "/compte/**" };

	@Bean
	@Order(30)
	SecurityFilterChain signInSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		chains.pages(http,
				requests -> requests.requestMatchers(SignInPaths.SIGN_IN, SignInPaths.UNLOCK + "/*")
					.permitAll()
					.requestMatchers(SignInPaths.SECOND_FACTOR)
					.hasAuthority(Authorities.LOGIN_SECOND_FACTOR)
					.requestMatchers(SignInPaths.ENROLMENT)
					.hasAnyAuthority(Authorities.LOGIN_SECOND_FACTOR_ENROLMENT, Authorities.OWN_ACCOUNT_MANAGE)
					.requestMatchers("/compte", "/compte/**")
					.hasAuthority(Authorities.OWN_ACCOUNT_MANAGE)
					.requestMatchers(HttpMethod.POST, SignInPaths.SIGN_OUT)
					.permitAll()
					.requestMatchers(SignInPaths.PASSWORD_RESET, "/mot-de-passe-oublie/**", "/invitation/**")
					.permitAll(),
				PATHS);
		chains.passwordSignIn(http,
				form -> form.loginPage(SignInPaths.SIGN_IN)
					.loginProcessingUrl(SignInPaths.SIGN_IN)
					.usernameParameter("identifiant")
					.passwordParameter("motDePasse"));
		chains.signOut(http, logout -> logout.logoutUrl(SignInPaths.SIGN_OUT)
			.logoutSuccessUrl(SignInPaths.SIGN_IN + "?deconnexion"));
		return http.build();
	}

}
