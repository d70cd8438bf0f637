package fr.integrance.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.IntegrationTest;
import fr.integrance.notification.OutboxDelivery;

/**
 * Requests become SUBMITTED cases with a reference, their payload read back unchanged,
 * and an e-mail through the outbox.
 */
@IntegrationTest
@RecordApplicationEvents
class RequestIntakeTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	Attachments attachments;

	@Autowired
	RequestCases cases;

	@Autowired
	CaseAttachments attachmentRows;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationContext context;

	static SubscriptionRequest subscription(String email, List<UUID> attachmentIds) {
		return new SubscriptionRequest(
				new SubscriptionRequest.Subscriber(Civility.MONSIEUR, "Nguyễn", "Minh", null, LocalDate.of(1979, 11, 3),
						"+33 6 12 34 56 78", email,
						new SubscriptionRequest.PostalAddress("3 allée des Tilleuls", "Bâtiment B", "20000",
								"Ajaccio")),
				new SubscriptionRequest.Situation(MandatoryScheme.ALSACE_MOSELLE, "CPAM du Bas-Rhin",
						FamilySituation.CIVIL_PARTNERSHIP),
				List.of(new SubscriptionRequest.Dependant(DependantRelationship.PACS_PARTNER, "Durand", "Léa",
						LocalDate.of(1981, 1, 31)),
						new SubscriptionRequest.Dependant(DependantRelationship.CHILD, "Nguyễn", "Tâm",
								LocalDate.of(2020, 2, 29))),
				"essentielle", true, "2026.1", attachmentIds, "fr");
	}

	@Test
	void subscriptionBecomesSubmittedCaseWhosePayloadReadsBackUnchanged() throws Exception {
		StoredAttachment attestation = attachments.store("attestation.pdf", TestFiles.pdf(), 0);
		SubscriptionRequest request = subscription("minh.nguyen@example.fr", List.of(attestation.id()));

		SubmittedRequest submitted = intake.submitSubscription(request);

		assertThat(submitted.reference()).matches("DEM-20\\d{2}-\\d{6}");
		RequestCase stored = cases.findByReference(submitted.reference()).orElseThrow();
		assertThat(stored.id()).isEqualTo(submitted.caseId());
		assertThat(stored.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(stored.type()).isEqualTo(RequestType.SUBSCRIPTION);
		assertThat(stored.purposeId()).isEqualTo("website-subscription-requests");
		assertThat(stored.channel()).isEqualTo(RequestChannel.WEBSITE);
		assertThat(stored.submitterEmail()).isEqualTo("minh.nguyen@example.fr");
		assertThat(stored.submittedAt()).isNotNull();
		assertThat(intake.subscriptionPayload(stored)).isEqualTo(request);
		assertThat(stored.payload()).contains("\"birthDate\":\"1979-11-03\"");

		assertThat(attachmentRows.findByCaseIdOrderByUploadedAt(submitted.caseId())).singleElement()
			.satisfies(row -> assertThat(row.mediaType()).isEqualTo("application/pdf"));
		assertThat(attachments.contentOf(attestation.id()))
			.startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		Path file = attachments.pathOf(attestation.id());
		assertThat(file.getFileName().toString()).isEqualTo(attestation.id().toString());
		assertThat(Files.size(file)).isEqualTo(attestation.sizeBytes());

		assertThat(events.stream(RequestSubmitted.class))
			.contains(new RequestSubmitted(submitted.caseId(), submitted.reference(), RequestType.SUBSCRIPTION));
	}

	@Test
	void confirmationMailGivesTheReferenceAndNothingSensitive() throws Exception {
		SubmittedRequest submitted = intake.submitSubscription(subscription("mail.check@example.fr", List.of()));

		MimeMessage mail = lastMailTo("mail.check@example.fr");
		assertThat(mail.getFrom()[0].toString()).contains("ne-pas-repondre@integrance.fr");
		assertThat(mail.getSubject())
			.isEqualTo("Votre demande d’adhésion " + submitted.reference() + " est bien reçue");
		String body = OutboxDelivery.text(mail);
		assertThat(body).contains(submitted.reference(), "https://www.integrance.fr/politique-de-confidentialite")
			.doesNotContain("1979")
			.doesNotContain("Alsace")
			.doesNotContain("Léa");
	}

	@Test
	void solicitationBecomesSubmittedCaseUnderTheRequestsPurpose() throws Exception {
		Solicitation solicitation = new Solicitation("Remboursement de lunettes", "Bonjour,\nOù en est mon dossier ?",
				new Solicitation.Contact(null, "Martin", "Paul", "paul.martin@example.fr", null, "A-12345"), "2026.1",
				List.of(), "fr");

		SubmittedRequest submitted = intake.submitSolicitation(solicitation);

		RequestCase stored = cases.findByReference(submitted.reference()).orElseThrow();
		assertThat(stored.type()).isEqualTo(RequestType.SOLICITATION);
		assertThat(stored.purposeId()).isEqualTo("website-requests");
		assertThat(intake.solicitationPayload(stored)).isEqualTo(solicitation);
		assertThat(lastMailTo("paul.martin@example.fr").getSubject()).contains(submitted.reference());
	}

	@Test
	void referencesAreUniqueAndIncreasing() {
		String first = intake.submitSubscription(subscription("ref1@example.fr", List.of())).reference();
		String second = intake.submitSubscription(subscription("ref2@example.fr", List.of())).reference();
		assertThat(second).isNotEqualTo(first);
		assertThat(Long.parseLong(second.substring(9))).isGreaterThan(Long.parseLong(first.substring(9)));
	}

	@Test
	void attachmentOfOneCaseCannotBeMovedToAnother() throws Exception {
		StoredAttachment file = attachments.store("scan.png", TestFiles.png(), 0);
		intake.submitSubscription(subscription("owner@example.fr", List.of(file.id())));

		assertThatThrownBy(() -> intake.submitSubscription(subscription("thief@example.fr", List.of(file.id()))))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRequestCarriesAtMostThreeFiles() throws Exception {
		assertThatThrownBy(() -> attachments.store("4.png", TestFiles.png(), Attachments.MAX_FILES_PER_REQUEST))
			.isInstanceOf(FileRejectedException.class)
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_MANY_FILES);
	}

	@Test
	void discardedPendingFileLeavesNoTrace() throws Exception {
		StoredAttachment file = attachments.store("scan.png", TestFiles.png(), 0);
		attachments.discardPending(file.id());
		assertThat(attachmentRows.findById(file.id())).isEmpty();
		assertThat(Files.exists(attachments.pathOf(file.id()))).isFalse();
	}

	private MimeMessage lastMailTo(String address) {
		OutboxDelivery.deliverDue(context);
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no mail to " + address));
	}

}
