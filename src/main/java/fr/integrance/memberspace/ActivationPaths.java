package fr.integrance.memberspace;

import org.springframework.stereotype.Component;

import fr.integrance.identity.ActivationPages;

/** Where this channel serves member activation, for the links identity mails. */
@Component
class ActivationPaths implements ActivationPages {

	static final String ACTIVATION = "/activation";

	@Override
	public String activation() {
		return ACTIVATION;
	}

	@Override
	public String activationLink(String token) {
		return ACTIVATION + "/lien/" + token;
	}

}
