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

/** iCollectif's space and security chain: employer representatives only. */
@Configuration(proxyBeanMethods = false)
class EmployerSpaceConfiguration {

	static final Space SPACE = new Space(Audience.EMPLOYER, "/icollectif", "employer");

	@Bean
	@Order(21)
	SecurityFilterChain employerSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains.space(http, SPACE, Authorities.EMPLOYER_SPACE_ACCESS);
	}

}
