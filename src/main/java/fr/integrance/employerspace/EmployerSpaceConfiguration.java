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

/** iCollectif's place in the platform: its space and its security chain. */
@Configuration(proxyBeanMethods = false)
class EmployerSpaceConfiguration {

	static final Space SPACE = new Space(Audience.EMPLOYER, "/icollectif", "employer");

	@Bean
	Space employerSpace() {
		return SPACE;
	}

	/** Employer representatives only. */
	@Bean
	@Order(21)
	SecurityFilterChain employerSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains
			.pages(http,
					requests -> requests.requestMatchers("/icollectif", "/icollectif/**")
						.hasAuthority(Authorities.EMPLOYER_SPACE_ACCESS),
					"/icollectif", "/icollectif/**")
			.build();
	}

}
