package fr.integrance.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.integrance.identity.LoginAlreadyUsedException;

/**
 * The first administrator of a new installation: when
 * {@code app.identity.first-administrator-email} is set and the platform has no
 * administrator yet, that address is invited as one at start-up (the usual invitation
 * e-mail: a link to choose a password, then the second factor to enrol), and the journal
 * records the account created by the system. Once an administrator exists the setting
 * does nothing, so it may stay in the environment; two nodes starting together invite
 * once (the login is unique). The address is never logged.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountAdministrationService administration;

	private final String email;

	private final String displayName;

	FirstAdministrator(AccountAdministrationService administration,
			@Value("${app.identity.first-administrator-email:}") String email,
			@Value("${app.identity.first-administrator-name:Administrateur}") String displayName) {
		this.administration = administration;
		this.email = email.strip();
		this.displayName = displayName.strip();
	}

	@EventListener(ApplicationReadyEvent.class)
	void inviteIfNone() {
		if (email.isEmpty()) {
			return;
		}
		try {
			administration.inviteFirstAdministrator(email, displayName)
				.ifPresentOrElse(account -> log.info("First administrator invited: account {}", account),
						() -> log.debug("An administrator exists: app.identity.first-administrator-email ignored"));
		}
		catch (LoginAlreadyUsedException alreadyInvited) {
			log.info("First administrator not invited: the address is already a login");
		}
	}

}
