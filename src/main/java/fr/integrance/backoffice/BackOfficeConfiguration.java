package fr.integrance.backoffice;

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
 * The back office's spaces (staff, and within it the administration part for
 * administrators) and their one security chain.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeConfiguration {

	static final Space STAFF = new Space(Audience.STAFF, "/gestion", "staff");

	static final Space ADMINISTRATION = new Space(Audience.ADMINISTRATION, "/gestion/admin", "admin");

	@Bean
	@Order(23)
	SecurityFilterChain backOfficeSecurityFilterChain(HttpSecurity http, SecurityChains chains) throws Exception {
		return chains
			.spaces(http,
					requests -> requests.requestMatchers("/gestion/admin/comptes", "/gestion/admin/comptes/**")
						.hasAuthority(Authorities.STAFF_ACCOUNTS_ADMINISTER)
						.requestMatchers("/gestion/admin/organisations", "/gestion/admin/organisations/**")
						.hasAuthority(Authorities.ORGANISATIONS_ADMINISTER)
						.requestMatchers(ADMINISTRATION.paths())
						.hasAuthority(Authorities.ADMINISTRATION_ACCESS)
						.requestMatchers(STAFF.paths())
						.hasAuthority(Authorities.BACK_OFFICE_ACCESS),
					STAFF, ADMINISTRATION)
			.build();
	}

}
