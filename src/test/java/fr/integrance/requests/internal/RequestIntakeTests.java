package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.DependantType;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.Requests;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.SubscriptionRequest;
import fr.integrance.requests.TestFiles;

/**
 * Requests become SUBMITTED cases with a reference, their payload read back unchanged,
 * and an e-mail through the outbox.
 */
@IntegrationTest
class RequestIntakeTests {

	@Autowired
	fr.integrance.documents.StoredContents contents;

	@Autowired
	Requests intake;

	@Autowired
	AttachmentStore attachments;

	@Autowired
	RequestCases cases;

	@Autowired
	CaseAttachments attachmentRows;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext context;

	@Test
	void subscriptionBecomesSubmittedCaseWhosePayloadReadsBackUnchanged() throws Exception {
		StoredAttachment attestation = attachments.store("attestation.pdf", TestFiles.pdf(), 0);
		SubscriptionRequest request = CaseFixtures.subscription("minh.nguyen@example.fr", List.of(attestation.id()));

		SubmittedRequest submitted = intake.submit(RequestChannel.WEBSITE, request);

		assertThat(submitted.reference()).matches("DEM-20\\d{2}-\\d{6}");
		RequestCase stored = cases.findByReference(submitted.reference()).orElseThrow();
		assertThat(stored.caseId()).isEqualTo(submitted.caseId());
		assertThat(stored.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(stored.type()).isEqualTo(RequestType.of(SubscriptionRequest.class));
		assertThat(stored.purposeId()).isEqualTo("website-subscription-requests");
		assertThat(stored.channel()).isEqualTo(RequestChannel.WEBSITE);
		assertThat(stored.submitterEmail()).isEqualTo("minh.nguyen@example.fr");
		assertThat(stored.submittedAt()).isNotNull();
		assertThat(stored.payload()).isEqualTo(request);
		assertThat(cases.findById(stored.id()).orElseThrow().payloadJson()).contains("\"birthDate\":\"1979-11-03\"");

		assertThat(attachmentRows.findByCaseIdOrderByUploadedAt(submitted.caseId().value())).singleElement()
			.satisfies(row -> assertThat(row.mediaType()).isEqualTo("application/pdf"));
		assertThat(attachments.contentOf(attestation.id().value()))
			.startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		// Encrypted in the documents store, nothing in the former upload directory.
		CaseAttachment row = attachmentRows.findById(attestation.id().value()).orElseThrow();
		assertThat(row.contentId()).isNotNull();
		assertThat(contents.readable(java.util.Objects.requireNonNull(row.contentId()))).isTrue();
		assertThat(row.sizeBytes()).isEqualTo(attestation.sizeBytes());
		assertThat(attachments.legacyPathOf(attestation.id().value())).doesNotExist();
	}

	@Test
	void confirmationMailGivesTheReferenceAndNothingSensitive() throws Exception {
		SubmittedRequest submitted = intake.submit(RequestChannel.WEBSITE,
				CaseFixtures.subscription("mail.check@example.fr", List.of()));

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

		SubmittedRequest submitted = intake.submit(RequestChannel.WEBSITE, solicitation);

		RequestCase stored = cases.findByReference(submitted.reference()).orElseThrow();
		assertThat(stored.type()).isEqualTo(RequestType.of(Solicitation.class));
		assertThat(stored.purposeId()).isEqualTo("website-requests");
		assertThat(stored.payload()).isEqualTo(solicitation);
		assertThat(lastMailTo("paul.martin@example.fr").getSubject()).contains(submitted.reference());
	}

	@Test
	void aRequestBreakingTheRulesOfItsTypeIsRefusedWithItsFieldsAndNothingIsStored() {
		SubscriptionRequest base = CaseFixtures.subscription("regles@example.fr", List.of());
		List<SubscriptionRequest.Dependant> twoPartners = List.of(base.dependants().get(0),
				new SubscriptionRequest.Dependant(DependantType.SPOUSE, "Durand", "Paul", LocalDate.of(1980, 5, 1)),
				base.dependants().get(1));
		SubscriptionRequest request = new SubscriptionRequest(base.subscriber(), base.situation(), twoPartners,
				"formule-inconnue", false, "2026.1", List.of(), "fr");

		assertThat(intake.check(request)).containsExactly(new FieldProblem("planCode", "intake.error.plan.required"),
				new FieldProblem("dependants[1].relationship", "intake.error.relationship.one-partner"));
		assertThatThrownBy(() -> intake.submit(RequestChannel.WEBSITE, request))
			.isInstanceOf(FieldProblemsException.class)
			.extracting(ex -> ((FieldProblemsException) ex).problems())
			.isEqualTo(intake.check(request));
		assertThat(intake.check(base)).isEmpty();
		assertThat(intake.check(CaseFixtures.solicitation("Question", "q@example.fr"))).isEmpty();
	}

	@Test
	void referencesAreUniqueAndIncreasing() {
		String first = intake.submit(RequestChannel.WEBSITE, CaseFixtures.subscription("ref1@example.fr", List.of()))
			.reference();
		String second = intake.submit(RequestChannel.WEBSITE, CaseFixtures.subscription("ref2@example.fr", List.of()))
			.reference();
		assertThat(second).isNotEqualTo(first);
		assertThat(Long.parseLong(second.substring(9))).isGreaterThan(Long.parseLong(first.substring(9)));
	}

	@Test
	void attachmentOfOneCaseCannotBeMovedToAnother() throws Exception {
		StoredAttachment file = attachments.store("scan.png", TestFiles.png(), 0);
		intake.submit(RequestChannel.WEBSITE, CaseFixtures.subscription("owner@example.fr", List.of(file.id())));

		assertThatThrownBy(() -> intake.submit(RequestChannel.WEBSITE,
				CaseFixtures.subscription("thief@example.fr", List.of(file.id()))))
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
		fr.integrance.documents.ContentId content = java.util.Objects
			.requireNonNull(attachmentRows.findById(file.id().value()).orElseThrow().contentId());
		attachments.discardPending(file.id());
		assertThat(attachmentRows.findById(file.id().value())).isEmpty();
		assertThat(contents.readable(content)).isFalse();
		assertThat(Files.exists(attachments.legacyPathOf(file.id().value()))).isFalse();
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
