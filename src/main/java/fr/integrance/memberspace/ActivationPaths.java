package fr.integrance.memberspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.identity.ActivationPages;

/** Where this channel serves member activation, for the links identity mails. */
@Configuration(proxyBeanMethods = false)
class ActivationPaths {

	static final String ACTIVATION = "/activation";

	@Bean
	ActivationPages activationPages() {
		return new ActivationPages(ACTIVATION);
	}

}
