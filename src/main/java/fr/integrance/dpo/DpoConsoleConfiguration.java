package fr.integrance.dpo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import fr.integrance.identity.Audience;
import fr.integrance.identity.Authorities;
import fr.integrance.identity.SecurityChains;
import fr.integrance.identity.Space;

/** The DPO console's space and security chain: the data protection officer only. */
@Configuration(proxyBeanMethods = false)
class DpoConsoleConfiguration {

	static final Space SPACE = new Space(Audience.DPO, "/dpo", "dpo");

	@Bean
	@Order(24)
	SecurityFilterChain dpoSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains.space(http, SPACE, Authorities.DPO_CONSOLE_ACCESS);
	}

}
