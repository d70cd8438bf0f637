package fr.integrance.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.SecurityHeaders;
import fr.integrance.platform.VisitorCsrfTokens;

/**
 * Security filter chains of the platform: the actuator (health public, Prometheus for the
 * scrape account only, nothing else) and the public website, which comes last and keeps
 * every path no other chain claims public. The channels declare their own chains
 * ({@code /iadherent}, {@code /icollectif}, {@code /itutelle}, {@code /gestion},
 * {@code /dpo}, {@code /api/v1}, the sign-in pages) with the identity module's helper,
 * and they come before it; the public chain still refuses the spaces' paths, should one
 * of those chains ever go missing.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	static final String METRICS_READ = "metrics:read";

	/**
	 * No observation per security filter, authentication or authorization: with the
	 * metrics and tracing registry present, Spring Security wraps each of the ~15 filters
	 * of every request in an observation of its own (a timer, an unsampled span), which
	 * the profiles of issue 19 found on every page for nothing anyone reads. The
	 * request's own observation ({@code http.server.requests}, its trace id in the logs
	 * and error pages) is kept.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http,
			@Value("${app.metrics.scrape-user:prometheus}") String scrapeUser,
			@Value("${app.metrics.scrape-password:}") String scrapePassword) throws Exception {
		// Only the exposed endpoints are matched here; any other /actuator path falls
		// through to the public chain and answers 404, like any unknown page.
		http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAuthority(METRICS_READ)
				.anyRequest()
				.denyAll())
			.httpBasic(basic -> basic.realmName("metrics"))
			.authenticationManager(new ProviderManager(new ScrapeAccountProvider(scrapeUser, scrapePassword)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/iadherent/**", "/icollectif/**", "/itutelle/**", "/gestion/**", "/dpo/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.csrf(csrf -> csrf.csrfTokenRepository(VisitorCsrfTokens.INSTANCE))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	/**
	 * The Prometheus scrape account, from configuration. Without a password set nobody
	 * can read metrics; the comparison takes the same time whatever the input.
	 */
	static final class ScrapeAccountProvider implements AuthenticationProvider {

		private final String user;

		private final byte @Nullable [] password;

		ScrapeAccountProvider(String user, String password) {
			this.user = user;
			this.password = StringUtils.hasText(password) ? password.getBytes(StandardCharsets.UTF_8) : null;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			String name = authentication.getName();
			Object credentials = authentication.getCredentials();
			byte[] given = credentials == null ? new byte[0] : credentials.toString().getBytes(StandardCharsets.UTF_8);
			boolean userMatches = MessageDigest.isEqual(user.getBytes(StandardCharsets.UTF_8),
					name.getBytes(StandardCharsets.UTF_8));
			boolean passwordMatches = password != null && MessageDigest.isEqual(password, given);
			if (!(userMatches && passwordMatches)) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(name, null,
					List.of(new SimpleGrantedAuthority(METRICS_READ)));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}

	}

}
