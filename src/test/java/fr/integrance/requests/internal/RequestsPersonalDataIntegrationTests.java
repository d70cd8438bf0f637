package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.platform.Civility;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.Requests;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubscriptionRequest;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The requests module's provider: a sender's cases found by address or by the person
 * their acceptance created; export of their own data only; erasure by the retention rules
 * (an open case left to staff, a running contract's case kept under its rule, a closed
 * prospect's case anonymised with its files gone); restriction flag.
 */
@IdentityIntegrationTest
class RequestsPersonalDataIntegrationTests {

	@Autowired
	Requests intake;

	@Autowired
	Cases processing;

	@Autowired
	AttachmentStore attachments;

	@Autowired
	CaseAttachments attachmentRows;

	@Autowired
	fr.integrance.documents.StoredContents contents;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	PersonalDataProviders providers;

	PersonalDataProvider provider;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	final UUID staff = UUID.randomUUID();

	@BeforeEach
	void moveOn() {
		clock.advance(Duration.ofMinutes(1));
		provider = providers.of("requests").orElseThrow();
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	CaseId submitted(String email, List<AttachmentId> files) {
		return intake.submit(RequestChannel.WEBSITE, CaseFixtures.subscription(email, files)).caseId();
	}

	CaseId rejectedAfterAnExchange(String email, AttachmentId file) {
		CaseId id = submitted(email, List.of(file));
		processing.take(id, staff);
		processing.askSender(id, staff, "Merci d’envoyer l’attestation de Minh");
		processing.recordSenderReply(id, "Voici l’attestation de Minh");
		processing.reject(id, staff, "Minh réside hors de la zone couverte");
		return id;
	}

	CaseId acceptedSubscription(String email) {
		CaseId id = submitted(email, List.of());
		processing.take(id, staff);
		return processing.accept(id, staff, new Acceptance(null, List.of(Civility.MME, Civility.M))).id();
	}

	static String flat(List<ExportSection> sections) {
		return sections.stream().map(s -> s.records().toString()).reduce("", String::concat);
	}

	@Test
	void exportByAddressGivesTheSendersCasesAndNothingOfAnotherSender() throws Exception {
		String email = unique("minh");
		String other = unique("autre");
		StoredAttachment file = attachments.store("attestation-minh.pdf", TestFiles.pdf(), 0);
		CaseId mine = rejectedAfterAnExchange(email, file.id());
		submitted(other, List.of());

		List<ExportSection> sections = provider.export(DataSubjectRef.email(email.toUpperCase()));

		assertThat(sections).extracting(ExportSection::category)
			.containsExactly("identification", "personal-life", "documents");
		Map<String, Object> sender = sections.get(0).records().get(0);
		assertThat(sender).containsEntry("submitterEmail", email)
			.containsEntry("status", "REJECTED")
			.containsEntry("purposeId", "website-subscription-requests");
		assertThat(sections.get(0).records()).hasSize(1);
		assertThat(String.valueOf(sections.get(1).records().get(0).get("payload"))).contains("Nguyễn", "Ajaccio")
			.contains("dependantsDeclared=2")
			.doesNotContain("Léa")
			.doesNotContain("Tâm");
		assertThat(sections.get(2).records()).anySatisfy(r -> assertThat(r).containsKey("reason"))
			.anySatisfy(r -> assertThat(r).containsKey("body"))
			.anySatisfy(r -> assertThat(r).containsKey("displayName"))
			.allSatisfy(r -> assertThat(r).containsEntry("reference", sender.get("reference")));
		assertThat(flat(sections))
			.contains("Minh réside hors de la zone couverte", "Voici l’attestation de Minh", "attestation-minh.pdf")
			.doesNotContain(other)
			.doesNotContain(staff.toString());
		assertThat(mine).isNotNull();
		assertThat(provider.export(DataSubjectRef.email(unique("personne")))).isEmpty();
		assertThat(provider.export(DataSubjectRef.account(UUID.randomUUID().toString()))).isEmpty();
	}

	@Test
	void eraseClosedProspectCaseAnonymisesItAndDeletesItsFiles() throws Exception {
		String email = unique("efface");
		StoredAttachment file = attachments.store("attestation.pdf", TestFiles.pdf(), 0);
		fr.integrance.documents.ContentId content = java.util.Objects
			.requireNonNull(attachmentRows.findById(file.id().value()).orElseThrow().contentId());
		CaseId id = rejectedAfterAnExchange(email, file.id());
		CaseId untouched = rejectedAfterAnExchange(unique("garde"),
				attachments.store("a.pdf", TestFiles.pdf(), 0).id());

		List<ErasureOutcome> outcomes = provider.eraseOrAnonymise(DataSubjectRef.email(email));

		assertThat(outcomes)
			.filteredOn(o -> o.record().startsWith("request_message#") || o.record().startsWith("request_transition#"))
			.isNotEmpty()
			.allSatisfy(o -> assertThat(o.result()).isEqualTo(ErasureOutcome.Result.ANONYMISED));

		assertThat(outcomes)
			.filteredOn(
					o -> !o.record().startsWith("request_message#") && !o.record().startsWith("request_transition#"))
			.extracting(ErasureOutcome::record, ErasureOutcome::result)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("request_attachment#" + file.id(),
							ErasureOutcome.Result.ERASED),
					org.assertj.core.groups.Tuple.tuple("request_case#" + id, ErasureOutcome.Result.ANONYMISED));
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT submitter_name, submitter_email, payload, status FROM request_case WHERE id = ?", id.value());
		assertThat(row).containsEntry("submitter_name", RequestsPersonalData.ANONYMOUS_NAME)
			.containsEntry("submitter_email", RequestsPersonalData.ANONYMOUS_EMAIL)
			.containsEntry("status", "REJECTED");
		assertThat(String.valueOf(row.get("payload"))).contains("essentielle")
			.doesNotContain("Nguyễn")
			.doesNotContain("Minh")
			.doesNotContain("Ajaccio")
			.doesNotContain("Léa")
			.doesNotContain("1979")
			.doesNotContain(email);
		assertThat(jdbc.queryForList("SELECT body FROM request_message WHERE case_id = ?", String.class, id.value()))
			.isNotEmpty()
			.allSatisfy(body -> assertThat(body).isEmpty());
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM request_transition WHERE case_id = ? AND reason IS NOT NULL",
						Long.class, id.value()))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM request_attachment WHERE case_id = ?", Long.class,
				id.value()))
			.isZero();
		// Crypto-shredded: the key destroyed, the blob deleted.
		assertThat(contents.readable(content)).isFalse();
		assertThat(Files.exists(attachments.legacyPathOf(file.id().value()))).isFalse();
		assertThat(provider.export(DataSubjectRef.email(email))).isEmpty();
		assertThat(provider.eraseOrAnonymise(DataSubjectRef.email(email))).isEmpty();
		// The back office still opens the case: what it was, not whose.
		assertThat(processing.open(id, staff)).satisfies(details -> {
			assertThat(details.status()).isEqualTo(RequestStatus.REJECTED);
			assertThat(details.submitterEmail()).isEqualTo(RequestsPersonalData.ANONYMOUS_EMAIL);
			assertThat(details.attachments()).isEmpty();
			SubscriptionRequest anonymous = (SubscriptionRequest) details.payload();
			assertThat(anonymous.planCode()).isEqualTo("essentielle");
			assertThat(anonymous.subscriber().lastName()).isNull();
			assertThat(anonymous.dependants()).isEmpty();
		});
		WebSession staffBrowser = testAccounts.signIn(new WebSession(mvc), testAccounts.account(Role.STAFF));
		MockHttpServletResponse page = staffBrowser.get("/gestion/demandes/" + id);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).doesNotContain("Nguyễn").doesNotContain("Ajaccio");
		// Another sender's case is left as it was.
		assertThat(
				jdbc.queryForObject("SELECT payload FROM request_case WHERE id = ?", String.class, untouched.value()))
			.contains("Nguyễn");
	}

	@Test
	void aBatchOfSendersIsErasedAsEachWouldBeOneByOne() throws Exception {
		String first = unique("lot-un");
		String second = unique("lot-deux");
		String open = unique("lot-ouvert");
		CaseId firstCase = rejectedAfterAnExchange(first, attachments.store("un.pdf", TestFiles.pdf(), 0).id());
		CaseId secondCase = rejectedAfterAnExchange(second, attachments.store("deux.pdf", TestFiles.pdf(), 0).id());
		CaseId openCase = submitted(open, List.of());
		DataSubjectRef again = DataSubjectRef.email(first.toUpperCase(Locale.ROOT));
		List<DataSubjectRef> subjects = List.of(DataSubjectRef.email(first), DataSubjectRef.email(second),
				DataSubjectRef.email(open), again);
		Map<DataSubjectRef, List<ErasureOutcome>> oneByOne = new LinkedHashMap<>();
		subjects.forEach(subject -> oneByOne.put(subject, provider.previewErasure(subject)));

		Map<DataSubjectRef, List<ErasureOutcome>> batch = provider.eraseOrAnonymiseEach(subjects);

		assertThat(batch.keySet()).containsExactlyElementsOf(subjects);
		for (DataSubjectRef subject : subjects.subList(0, 3)) {
			assertThat(batch.get(subject)).as(subject.kind() + " outcomes")
				.isNotEmpty()
				.containsExactlyElementsOf(oneByOne.get(subject));
		}
		assertThat(batch.get(again)).as("the same address again: its records were done for the first").isEmpty();
		assertThat(batch.get(DataSubjectRef.email(open))).singleElement()
			.satisfies(o -> assertThat(o.result()).isEqualTo(ErasureOutcome.Result.DEFERRED));
		for (CaseId done : List.of(firstCase, secondCase)) {
			assertThat(jdbc.queryForObject("SELECT submitter_email FROM request_case WHERE id = ?", String.class,
					done.value()))
				.isEqualTo(RequestsPersonalData.ANONYMOUS_EMAIL);
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM request_transition WHERE case_id = ? AND reason IS NOT NULL", Long.class,
					done.value()))
				.isZero();
		}
		assertThat(jdbc.queryForObject("SELECT submitter_email FROM request_case WHERE id = ?", String.class,
				openCase.value()))
			.isEqualTo(open);
		assertThat(provider.eraseOrAnonymise(DataSubjectRef.email(first))).isEmpty();
		assertThat(provider.eraseOrAnonymise(DataSubjectRef.email(second))).isEmpty();
	}

	@Test
	void eraseOpenCaseLeavesItToStaff() {
		String email = unique("ouvert");
		CaseId id = submitted(email, List.of());

		assertThat(provider.eraseOrAnonymise(DataSubjectRef.email(email))).singleElement().satisfies(o -> {
			assertThat(o.record()).isEqualTo("request_case#" + id);
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.DEFERRED);
		});
		assertThat(
				jdbc.queryForObject("SELECT submitter_email FROM request_case WHERE id = ?", String.class, id.value()))
			.isEqualTo(email);
	}

	@Test
	void acceptedCaseIsKeptWhileTheContractRunsThenSixYearsAfterItsEnd() {
		String email = unique("adherent");
		CaseId id = acceptedSubscription(email);
		Map<String, Object> created = jdbc.queryForMap("SELECT person_id, contract_id FROM request_case WHERE id = ?",
				id.value());
		DataSubjectRef person = DataSubjectRef.person(String.valueOf(created.get("person_id")));
		ContractId contract = new ContractId((UUID) created.get("contract_id"));

		assertThat(provider.export(person)).isNotEmpty();
		assertThat(provider.eraseOrAnonymise(person)).singleElement().satisfies(o -> {
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
			assertThat(o.rule()).isEqualTo("member-contract-6y");
			assertThat(o.keptUntil()).isNull();
		});

		LocalDate start = contracts.find(contract).orElseThrow().startDate();
		contracts.terminate(contract, start, "résiliation");
		assertThat(provider.eraseOrAnonymise(DataSubjectRef.email(email))).singleElement().satisfies(o -> {
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.KEPT);
			assertThat(o.rule()).isEqualTo("member-contract-6y");
			assertThat(o.keptUntil()).isEqualTo(start.plusYears(6));
		});

		Instant now = clock.instant();
		try {
			clock.advance(Period.ofYears(7));
			assertThat(provider.eraseOrAnonymise(person)).singleElement()
				.extracting(ErasureOutcome::result)
				.isEqualTo(ErasureOutcome.Result.ANONYMISED);
		}
		finally {
			clock.set(now);
		}
		assertThat(provider.export(person)).isEmpty();
	}

	@Test
	void restrictAndLiftCountTheCases() {
		String email = unique("limite");
		CaseId id = submitted(email, List.of());
		DataSubjectRef subject = DataSubjectRef.email(email);

		assertThat(provider.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("requests", 1));
		assertThat(provider.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("requests", 0));
		assertThat(jdbc.queryForObject("SELECT restriction_ground FROM request_case WHERE id = ?", String.class,
				id.value()))
			.isEqualTo("ACCURACY_CONTESTED");
		assertThat(provider.liftRestriction(subject)).isEqualTo(new RestrictionOutcome("requests", 1));
		assertThat(provider.liftRestriction(subject)).isEqualTo(new RestrictionOutcome("requests", 0));
	}

	@Test
	void theProviderIsABean() {
		assertThat(provider).isInstanceOf(PersonalDataProvider.class);
		assertThat(provider.module()).isEqualTo("requests");
	}

}
