package fr.integrance.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.notification.MailStatus;

/**
 * {@link RightsRequestReceived} → the acknowledgement in the notification module's
 * outbox, in the request's language, once even when the event comes twice.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Tag("integration")
class AcknowledgementFlowTests {

	@Autowired
	RightsRequests rights;

	@Autowired
	ApplicationContext context;

	@Autowired
	CompletedEventPublications completed;

	@Test
	void aReceivedRequestIsAcknowledgedThroughTheOutbox(Scenario scenario) {
		String email = unique("ack");

		scenario.stimulate(() -> rights.receive(submission("portability", email, "fr")))
			.andWaitForStateChange(() -> OutboxDelivery.mailsTo(context, email), mails -> !mails.isEmpty())
			.andVerify((mails, received) -> {
				QueuedMail mail = mails.get(0);
				assertThat(mails).hasSize(1);
				assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
				assertThat(mail.subject()).contains(received.reference());
				assertThat(mail.text())
					.contains(received.reference(), "Droit à la portabilité", "28 février 2026", "gratuite",
							"deux mois", "Commission nationale de l’informatique et des libertés",
							"https://www.cnil.fr/fr/plaintes", "dpo@integrance.fr")
					.doesNotContain("Je veux mes données");
			});
	}

	@Test
	void theAcknowledgementIsInTheLanguageOfTheForm(Scenario scenario) {
		String email = unique("english");

		scenario.stimulate(() -> rights.receive(submission("access", email, "en")))
			.andWaitForStateChange(() -> OutboxDelivery.mailsTo(context, email), mails -> !mails.isEmpty())
			.andVerify((mails, received) -> assertThat(mails.get(0).text()).contains(received.reference(),
					"We have received your rights request", "28 February 2026", "is free"));
	}

	@Test
	void anEventDeliveredTwiceAcknowledgesOnce(Scenario scenario) {
		String email = unique("twice");
		ReceivedRightsRequest received = rights.receive(submission("erasure", email, "fr"));
		RightsRequestReceived again = new RightsRequestReceived(received.id(), received.reference());

		scenario.publish(again)
			.andWaitForStateChange(() -> completedPublicationsOf(again), count -> count == 2)
			.andVerify(count -> assertThat(OutboxDelivery.mailsTo(context, email)).hasSize(1));
	}

	/** How many deliveries of {@code event} have run to completion. */
	private long completedPublicationsOf(Object event) {
		return completed.findAll().stream().filter(publication -> event.equals(publication.getEvent())).count();
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	private static RightsRequestSubmission submission(String right, String email, String language) {
		return new RightsRequestSubmission(right, "all", "Je veux mes données", "Alice", "Martin", email, null,
				language);
	}

	@TestConfiguration
	static class FixedClock {

		/** 31 January 2026: the request is due on the last day of February. */
		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-01-31T10:00:00Z"), ZoneOffset.UTC);
		}

	}

}
