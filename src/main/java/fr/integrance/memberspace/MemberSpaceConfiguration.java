package fr.integrance.memberspace;

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
 * iAdhérent's space and security chain: members only. The activation pages are public:
 * the public chain serves them.
 */
@Configuration(proxyBeanMethods = false)
class MemberSpaceConfiguration {

	static final Space SPACE = new Space(Audience.MEMBER, "/iadherent", "member");

	@Bean
	@Order(20)
	SecurityFilterChain memberSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains.space(http, SPACE, Authorities.MEMBER_SPACE_ACCESS);
	}

}
