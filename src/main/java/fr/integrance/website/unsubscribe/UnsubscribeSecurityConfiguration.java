package fr.integrance.website.unsubscribe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.integrance.platform.SecurityHeaders;

/**
 * The unsubscribe links have their own filter chain, without CSRF protection, because RFC
 * 8058 one-click unsubscription is a POST sent by the mail client, which has neither our
 * session nor a CSRF token. That is safe here: the 256-bit token in the path is itself
 * the secret a forged request would need, and the only effect is to stop marketing
 * (idempotent, never grants anything). Stateless (no session cookie for a visitor who
 * only unsubscribes) and no referrer, so the token does not leak to a page the visitor
 * opens next.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurityConfiguration {

	@Bean
	@Order(20)
	SecurityFilterChain unsubscribeSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/desinscription/*")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/desinscription/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/desinscription/*")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> {
				SecurityHeaders.apply(headers);
				headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
			});
		return http.build();
	}

}
