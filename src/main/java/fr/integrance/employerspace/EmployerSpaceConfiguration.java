package fr.integrance.employerspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import fr.integrance.identity.Audience;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.SecurityChains;
import fr.integrance.identity.Space;

/**
 * iCollectif's space and security chain: employer representatives only; « Accès API » to
 * their organisation's administrators.
 */
@Configuration(proxyBeanMethods = false)
class EmployerSpaceConfiguration {

	static final Space SPACE = new Space(Audience.EMPLOYER, "/icollectif", "employer");

	/**
	 * « Accès API »: the payroll API clients, managed by the organisation's administrator
	 * representatives only.
	 */
	static final String[] API_ACCESS_PATHS = { "/icollectif/acces-api", "/icollectif/acces-api/**" };

	@Bean
	@Order(21)
	SecurityFilterChain employerSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains
			.spaces(http,
					requests -> requests.requestMatchers(API_ACCESS_PATHS)
						.hasAuthority(Authorities.EMPLOYER_API_CLIENTS_MANAGE)
						.requestMatchers(SPACE.paths())
						.hasAuthority(Authorities.EMPLOYER_SPACE_ACCESS),
					SPACE)
			.build();
	}

}
