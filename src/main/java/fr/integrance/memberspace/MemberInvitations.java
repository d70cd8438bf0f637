package fr.integrance.memberspace;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractActivated;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.people.People;
import fr.integrance.platform.EmailAddress;

/**
 * A contract became active: its member is invited, through the mail outbox, to activate
 * their space at {@code /activation} with the member number the mail gives. A member who
 * already has an account, or without an e-mail address on file, is not written to. Runs
 * after the activation commits, in its own transaction; a publication interrupted by a
 * stop is completed after restart (the event publication registry).
 */
@Component
class MemberInvitations {

	static final String TEMPLATE = "member-activation-invitation";

	private final People people;

	private final MemberAccounts accounts;

	private final MailOutbox outbox;

	private final String baseUrl;

	MemberInvitations(People people, MemberAccounts accounts, MailOutbox outbox,
			@Value("${app.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.people = people;
		this.accounts = accounts;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void invite(ContractActivated activated) {
		if (accounts.accountOf(activated.member().value()).isPresent()) {
			return;
		}
		people.find(activated.member()).ifPresent(member -> {
			EmailAddress email = member.email();
			if (email == null) {
				return;
			}
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("greetingName", member.name().fullName());
			model.put("memberNumber", activated.memberNumber().value());
			model.put("activationUrl", baseUrl + "/activation");
			outbox.enqueue(OutgoingMail.of(email, "activation.mail.invitation.subject", TEMPLATE, model));
		});
	}

}
