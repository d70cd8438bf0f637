package fr.integrance.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailStatus;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The notification outbox's provider, which still lives in the rights module: the mails
 * exported decrypted, the sent ones deleted on erasure, the ones on their way kept (the
 * rights module's own provider: {@code internal.RightsPersonalDataIntegrationTests}).
 */
@IdentityIntegrationTest
class RightsPersonalDataIntegrationTests {

	@Autowired
	NotificationPersonalData notificationProvider;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ApplicationContext context;

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	static String flat(List<ExportSection> sections) {
		return sections.stream().map(s -> s.records().toString()).reduce("", String::concat);
	}

	MailId mailTo(String email, String greetingName) {
		return outbox.enqueue(OutgoingMail.notice(EmailAddress.of(email), "mail.notice.subject", greetingName)
			.withSubjectArguments("Intégrance"));
	}

	@Test
	void outboxMailsAreExportedDecryptedAndTheSentOnesDeletedOnErasure() {
		String email = unique("camille");
		String other = unique("dominique");
		MailId sent = mailTo(email, "Camille");
		MailId otherMail = mailTo(other, "Dominique");
		OutboxDelivery.deliverDue(context);
		MailId pending = mailTo(email, "Camille");

		List<ExportSection> sections = notificationProvider.export(DataSubjectRef.email(email));

		assertThat(sections).extracting(ExportSection::module).containsOnly("notification");
		assertThat(sections).extracting(ExportSection::category).containsExactly("identification", "documents");
		assertThat(sections.get(1).records()).hasSize(2).allSatisfy(r -> {
			assertThat(r.get("subject").toString()).contains("Intégrance");
			assertThat(r.get("text").toString()).contains("Camille");
		});
		assertThat(flat(sections)).contains(sent.toString(), pending.toString())
			.doesNotContain(other)
			.doesNotContain("Dominique");

		List<ErasureOutcome> outcomes = notificationProvider.eraseOrAnonymise(DataSubjectRef.email(email));

		assertThat(outcomes).extracting(ErasureOutcome::record, ErasureOutcome::result)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("notification_mail_outbox#" + sent,
							ErasureOutcome.Result.ERASED),
					org.assertj.core.groups.Tuple.tuple("notification_mail_outbox#" + pending,
							ErasureOutcome.Result.KEPT));
		assertThat(outbox.delivery(sent)).isEmpty();
		assertThat(outbox.delivery(pending))
			.hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(MailStatus.PENDING));
		assertThat(outbox.delivery(otherMail)).isPresent();
		assertThat(notificationProvider.export(DataSubjectRef.person(UUID.randomUUID().toString()))).isEmpty();
		assertThat(notificationProvider.restrict(DataSubjectRef.email(email), RestrictionGround.OBJECTION_PENDING))
			.isEqualTo(new RestrictionOutcome("notification", 0));
	}

}
