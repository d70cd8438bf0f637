package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.IntegrationTest;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailStatus;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The notification module's rows through the privacy kernel: the outbox's mails to an
 * address, exported decrypted, the sent ones deleted on erasure, the ones on their way
 * left to the outbox's own purge.
 */
@IntegrationTest
class NotificationPersonalDataIntegrationTests {

	@Autowired
	PersonalDataProviders providers;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ApplicationContext context;

	PersonalDataProvider provider;

	@BeforeEach
	void provider() {
		provider = providers.of("notification").orElseThrow();
	}

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

		List<ExportSection> sections = provider.export(DataSubjectRef.email(email.toUpperCase()));

		assertThat(sections).extracting(ExportSection::module).containsOnly("notification");
		assertThat(sections).extracting(ExportSection::category).containsExactly("identification", "documents");
		assertThat(sections.get(0).records()).extracting(r -> r.get("recipient")).containsOnly(email);
		assertThat(sections.get(1).records()).hasSize(2).allSatisfy(r -> {
			assertThat(r.get("subject").toString()).contains("Intégrance");
			assertThat(r.get("textBody").toString()).contains("Camille");
			assertThat(r.get("htmlBody").toString()).contains("Camille");
			assertThat(r).containsKeys("id", "template", "status", "createdAt", "sentAt");
		});
		assertThat(flat(sections)).contains(sent.toString(), pending.toString())
			.doesNotContain(other)
			.doesNotContain("Dominique");

		List<ErasureOutcome> outcomes = provider.eraseOrAnonymise(DataSubjectRef.email(email));

		assertThat(outcomes).extracting(ErasureOutcome::record, ErasureOutcome::result)
			.containsExactlyInAnyOrder(tuple("notification_mail_outbox#" + sent, ErasureOutcome.Result.ERASED),
					tuple("notification_mail_outbox#" + pending, ErasureOutcome.Result.DEFERRED));
		assertThat(outbox.delivery(sent)).isEmpty();
		assertThat(outbox.delivery(pending))
			.hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(MailStatus.PENDING));
		assertThat(outbox.delivery(otherMail)).isPresent();
	}

	@Test
	void otherSubjectsHaveNothingAndRestrictionChangesNothing() {
		String email = unique("eliane");
		mailTo(email, "Éliane");

		assertThat(provider.export(DataSubjectRef.person(UUID.randomUUID().toString()))).isEmpty();
		assertThat(provider.export(DataSubjectRef.email("not an address"))).isEmpty();
		assertThat(provider.restrict(DataSubjectRef.email(email), RestrictionGround.OBJECTION_PENDING))
			.isEqualTo(new RestrictionOutcome("notification", 0));
	}

}
