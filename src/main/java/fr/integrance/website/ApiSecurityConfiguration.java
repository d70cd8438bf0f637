package fr.integrance.website;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import fr.integrance.identity.SecurityChains;

/**
 * The chain of the API, {@code /api/v1}: stateless, deny by default; the public register
 * exports stay open to anyone.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains
			.api(http, requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/register/**").permitAll(),
					"/api/v1/**")
			.build();
	}

}
