package fr.integrance.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.SecurityChains;
import fr.integrance.identity.SignInPages;
import fr.integrance.identity.Space;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.platform.SecurityHeaders;
import fr.integrance.platform.VisitorCsrfTokens;

/**
 * {@link SecurityChains}: the pieces every channel's chain shares. The public site and
 * the actuator keep their chains in the platform module.
 */
@Component
class ChannelSecurityChains implements SecurityChains {

	private final SignInPages pages;

	private final SecurityJournal journal;

	private final LoginService logins;

	private final Authentications authentications;

	private final RegisteredSpaces spaces;

	private final IdentityAccessDeniedHandler denied;

	ChannelSecurityChains(SignInPages pages, SecurityJournal journal, LoginService logins,
			Authentications authentications, RegisteredSpaces spaces) {
		this.pages = pages;
		this.journal = journal;
		this.logins = logins;
		this.authentications = authentications;
		this.spaces = spaces;
		this.denied = new IdentityAccessDeniedHandler(journal, pages);
	}

	@Override
	public SecurityFilterChain space(HttpSecurity http, Space space, String authority) throws Exception {
		return spaces(http, requests -> requests.requestMatchers(space.paths()).hasAuthority(authority), space).build();
	}

	@Override
	public HttpSecurity spaces(HttpSecurity http, Rules rules, Space space, Space... within) throws Exception {
		spaces.register(space);
		for (Space other : within) {
			spaces.register(other);
		}
		return pages(http, rules, space.paths());
	}

	@Override
	public HttpSecurity pages(HttpSecurity http, Rules rules, String... paths) throws Exception {
		return http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> denyTheRest(requests, rules))
			.securityContext(context -> context.securityContextRepository(Authentications.CONTEXT_REPOSITORY))
			.csrf(csrf -> csrf.csrfTokenRepository(VisitorCsrfTokens.INSTANCE))
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new IdentityEntryPoint(pages))
				.accessDeniedHandler(denied))
			.headers(SecurityHeaders::apply);
	}

	@Override
	public HttpSecurity api(HttpSecurity http, Rules rules, String... paths) throws Exception {
		return http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> denyTheRest(requests, rules))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
						.accessDeniedHandler(denied))
			.headers(SecurityHeaders::apply);
	}

	@Override
	public HttpSecurity passwordSignIn(HttpSecurity http, Customizer<FormLoginConfigurer<HttpSecurity>> form)
			throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(pages.signInFailed());
		// No session just to remember a failure: the page shows one message whatever the
		// reason.
		failure.setAllowSessionCreation(false);
		PasswordLoginProvider provider = new PasswordLoginProvider(logins);
		// The provider itself, not a ProviderManager: the request's details (its client
		// address, for the throttles) are not copied into the authentication kept in the
		// session.
		return http.authenticationManager(provider::authenticate)
			.formLogin(login -> form.customize(login
				.authenticationDetailsSource(request -> new PasswordLoginProvider.ClientSource(request.getRemoteAddr()))
				.successHandler(new LoginSuccessHandler(authentications, pages))
				.failureHandler(failure)));
	}

	@Override
	public HttpSecurity signOut(HttpSecurity http, Customizer<LogoutConfigurer<HttpSecurity>> logout) throws Exception {
		return http.logout(signOut -> logout
			.customize(signOut.addLogoutHandler((request, response, authentication) -> journalLogout(authentication))
				.invalidateHttpSession(true)
				.clearAuthentication(true)));
	}

	private static void denyTheRest(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			Rules rules) {
		rules.customize(requests);
		requests.anyRequest().denyAll();
	}

	private void journalLogout(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			journal.sessionEnded(user.accountId(), SessionEndReason.LOGOUT);
		}
	}

}
