package fr.integrance.identity.internal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.internal.LoginService;
import fr.integrance.identity.internal.SecurityJournal;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.identity.internal.SessionPolicy;
import fr.integrance.platform.SecurityHeaders;

/**
 * One security filter chain per audience path, each denying by default: {@code /api/v1},
 * {@code /iadherent}, {@code /icollectif}, {@code /itutelle}, {@code /gestion} (with
 * {@code /gestion/admin}), {@code /dpo}; and the chain of the identity pages themselves
 * (login, second step, password reset, invitation, one's own account). Rules name
 * authorities, never roles. The public site and the actuator keep their chains in the
 * platform module.
 * <p>
 * Every chain shares one session (Spring Session JDBC), one security context repository
 * and the CSRF token kept in it; a visitor is sent to {@code /connexion}, a signed-in
 * account without the authority gets 403, a login waiting for its second factor is sent
 * back to that step.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurityConfiguration {

	/** The paths of the identity chain. */
	static final String[] IDENTITY_PATHS = { "/connexion", "/connexion/**", "/deconnexion", "/mot-de-passe-oublie",
			"/mot-de-passe-oublie/**", "/invitation/**", "/compte", "/compte/**" };

	@Bean
	FilterRegistrationBean<SessionPolicyFilter> sessionPolicyFilter(SessionPolicy policy, SecurityJournal journal,
			@Value("${spring.security.filter.order:-100}") int securityFilterOrder) {
		FilterRegistrationBean<SessionPolicyFilter> registration = new FilterRegistrationBean<>(
				new SessionPolicyFilter(policy, journal));
		// After the session store's filter (which runs first of all), just before Spring
		// Security.
		registration.setOrder(securityFilterOrder - 1);
		return registration;
	}

	/**
	 * The session cookie's flags, whatever the deployment (embedded server or not):
	 * HttpOnly and SameSite=Lax always, Secure unless a profile on plain http turns it
	 * off (embedded).
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookiePolicy(
			@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
		return serializer -> {
			serializer.setUseHttpOnlyCookie(true);
			serializer.setSameSite("Lax");
			serializer.setUseSecureCookie(secure);
		};
	}

	@Bean
	IdentityAccessDeniedHandler identityAccessDeniedHandler(SecurityJournal journal) {
		return new IdentityAccessDeniedHandler(journal);
	}

	/**
	 * The API: stateless — no session, no cookie confers anything here, hence no CSRF
	 * token to check (CSRF rides on ambient credentials and there are none). Deny by
	 * default; the public register exports stay open to anyone.
	 */
	@Bean
	@Order(10)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, IdentityAccessDeniedHandler denied) throws Exception {
		http.securityMatcher("/api/v1/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/register/**")
				.permitAll()
				.anyRequest()
				.denyAll())
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
		return http.build();
	}

	/** iAdhérent: members. */
	@Bean
	@Order(20)
	SecurityFilterChain memberSecurityFilterChain(HttpSecurity http, IdentityAccessDeniedHandler denied)
			throws Exception {
		return audience(http, denied, new String[] { "/iadherent", "/iadherent/**" },
				requests -> requests.requestMatchers("/iadherent", "/iadherent/**")
					.hasAuthority(Authorities.MEMBER_SPACE_ACCESS)
					.anyRequest()
					.denyAll());
	}

	/** iCollectif: employer representatives. */
	@Bean
	@Order(21)
	SecurityFilterChain employerSecurityFilterChain(HttpSecurity http, IdentityAccessDeniedHandler denied)
			throws Exception {
		return audience(http, denied, new String[] { "/icollectif", "/icollectif/**" },
				requests -> requests.requestMatchers("/icollectif", "/icollectif/**")
					.hasAuthority(Authorities.EMPLOYER_SPACE_ACCESS)
					.anyRequest()
					.denyAll());
	}

	/** iTutelle: guardian agents; the organisation's administrators manage its agents. */
	@Bean
	@Order(22)
	SecurityFilterChain guardianSecurityFilterChain(HttpSecurity http, IdentityAccessDeniedHandler denied)
			throws Exception {
		return audience(http, denied, new String[] { "/itutelle", "/itutelle/**" },
				requests -> requests.requestMatchers("/itutelle/agents", "/itutelle/agents/**")
					.hasAuthority(Authorities.GUARDIAN_AGENTS_MANAGE)
					.requestMatchers("/itutelle", "/itutelle/**")
					.hasAuthority(Authorities.GUARDIAN_SPACE_ACCESS)
					.anyRequest()
					.denyAll());
	}

	/** The back office for staff, and its administration part for administrators. */
	@Bean
	@Order(23)
	SecurityFilterChain backOfficeSecurityFilterChain(HttpSecurity http, IdentityAccessDeniedHandler denied)
			throws Exception {
		return audience(http, denied, new String[] { "/gestion", "/gestion/**" },
				requests -> requests.requestMatchers("/gestion/admin/comptes", "/gestion/admin/comptes/**")
					.hasAuthority(Authorities.STAFF_ACCOUNTS_ADMINISTER)
					.requestMatchers("/gestion/admin/organisations", "/gestion/admin/organisations/**")
					.hasAuthority(Authorities.ORGANISATIONS_ADMINISTER)
					.requestMatchers("/gestion/admin", "/gestion/admin/**")
					.hasAuthority(Authorities.ADMINISTRATION_ACCESS)
					.requestMatchers("/gestion", "/gestion/**")
					.hasAuthority(Authorities.BACK_OFFICE_ACCESS)
					.anyRequest()
					.denyAll());
	}

	/** The DPO console. */
	@Bean
	@Order(24)
	SecurityFilterChain dpoSecurityFilterChain(HttpSecurity http, IdentityAccessDeniedHandler denied) throws Exception {
		return audience(http, denied, new String[] { "/dpo", "/dpo/**" },
				requests -> requests.requestMatchers("/dpo", "/dpo/**")
					.hasAuthority(Authorities.DPO_CONSOLE_ACCESS)
					.anyRequest()
					.denyAll());
	}

	/**
	 * The identity pages: login (form login on {@code POST /connexion}), the second step,
	 * logout, password reset and invitations (open to anyone), and one's own account.
	 */
	@Bean
	@Order(30)
	SecurityFilterChain identitySecurityFilterChain(HttpSecurity http, LoginService logins,
			Authentications authentications, IdentityAccessDeniedHandler denied, SecurityJournal journal)
			throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
				IdentityEntryPoint.LOGIN_PAGE + "?erreur");
		// No session just to remember a failure: the page shows one message whatever the
		// reason.
		failure.setAllowSessionCreation(false);
		http.securityMatcher(IDENTITY_PATHS)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/connexion")
				.permitAll()
				.requestMatchers("/connexion/code")
				.hasAuthority(Authorities.LOGIN_SECOND_FACTOR)
				.requestMatchers("/compte/double-authentification")
				.hasAnyAuthority(Authorities.LOGIN_SECOND_FACTOR_ENROLMENT, Authorities.OWN_ACCOUNT_MANAGE)
				.requestMatchers("/compte", "/compte/**")
				.hasAuthority(Authorities.OWN_ACCOUNT_MANAGE)
				.requestMatchers(HttpMethod.POST, "/deconnexion")
				.permitAll()
				.requestMatchers("/mot-de-passe-oublie", "/mot-de-passe-oublie/**", "/invitation/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.authenticationManager(new ProviderManager(new PasswordLoginProvider(logins)))
			.formLogin(form -> form.loginPage(IdentityEntryPoint.LOGIN_PAGE)
				.loginProcessingUrl(IdentityEntryPoint.LOGIN_PAGE)
				.usernameParameter("identifiant")
				.passwordParameter("motDePasse")
				// No IP address or session id copied into the authentication kept in the
				// session.
				.authenticationDetailsSource(request -> null)
				.successHandler(new LoginSuccessHandler(authentications))
				.failureHandler(failure))
			.logout(logout -> logout.logoutUrl("/deconnexion")
				.addLogoutHandler((request, response, authentication) -> journalLogout(journal, authentication))
				.logoutSuccessUrl(IdentityEntryPoint.LOGIN_PAGE + "?deconnexion")
				.invalidateHttpSession(true)
				.clearAuthentication(true))
			.securityContext(context -> context.securityContextRepository(Authentications.CONTEXT_REPOSITORY))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new IdentityEntryPoint())
				.accessDeniedHandler(denied))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	private static SecurityFilterChain audience(HttpSecurity http, IdentityAccessDeniedHandler denied, String[] paths,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
			throws Exception {
		http.securityMatcher(paths)
			.authorizeHttpRequests(rules)
			.securityContext(context -> context.securityContextRepository(Authentications.CONTEXT_REPOSITORY))
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new IdentityEntryPoint())
				.accessDeniedHandler(denied))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	private static void journalLogout(SecurityJournal journal, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			journal.sessionEnded(user.accountId(), SessionEndReason.LOGOUT);
		}
	}

}
