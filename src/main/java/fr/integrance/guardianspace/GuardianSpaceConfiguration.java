package fr.integrance.guardianspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import fr.integrance.identity.Audience;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.SecurityChains;
import fr.integrance.identity.Space;

/** iTutelle's space and security chain. */
@Configuration(proxyBeanMethods = false)
class GuardianSpaceConfiguration {

	static final Space SPACE = new Space(Audience.GUARDIAN, "/itutelle", "guardian");

	/** Guardian agents; the organisation's administrators manage its agents. */
	@Bean
	@Order(22)
	SecurityFilterChain guardianSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains
			.spaces(http,
					requests -> requests.requestMatchers("/itutelle/agents", "/itutelle/agents/**")
						.hasAuthority(Authorities.GUARDIAN_AGENTS_MANAGE)
						.requestMatchers(SPACE.paths())
						.hasAuthority(Authorities.GUARDIAN_SPACE_ACCESS),
					SPACE)
			.build();
	}

}
