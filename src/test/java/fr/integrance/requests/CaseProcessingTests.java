package fr.integrance.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.contracts.ContractActivated;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.platform.Civility;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;

/**
 * Processing cases through {@link Cases}: accepting a subscription makes an active member
 * with dependants (whose contract's activation is announced); accepting a sollicitation
 * answers it; what a type needs and an acceptance lacks is refused with its fields;
 * asking for more, rejecting and writing reach the sender through the outbox; a refused
 * acceptance changes nothing; the queues page through the index.
 */
@IdentityIntegrationTest
@RecordApplicationEvents
class CaseProcessingTests {

	@Autowired
	Requests intake;

	@Autowired
	Cases processing;

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	MutableClock clock;

	@Autowired
	GreenMail smtp;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	final UUID staff = UUID.randomUUID();

	@BeforeEach
	void moveOn() {
		clock.advance(Duration.ofMinutes(1));
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	CaseId subscriptionInReview(String email) {
		CaseId id = intake.submit(RequestChannel.WEBSITE, CaseFixtures.subscription(email, List.of())).caseId();
		processing.take(id, staff);
		return id;
	}

	CaseId solicitationInReview(String email) {
		CaseId id = intake.submit(RequestChannel.WEBSITE, CaseFixtures.solicitation("Remboursement", email)).caseId();
		processing.take(id, staff);
		return id;
	}

	/**
	 * Delivers the outbox; the sender has {@code count} mails, one of whose subject
	 * contains {@code subject}.
	 */
	MimeMessage mailTo(String email, int count, String subject) {
		OutboxDelivery.deliverDue(context);
		List<MimeMessage> mails = new Mailbox(smtp).messagesTo(email);
		assertThat(mails).hasSize(count);
		return mails.stream().filter(mail -> {
			try {
				return mail.getSubject().contains(subject);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).findFirst().orElseThrow(() -> new AssertionError("no mail about " + subject));
	}

	@Test
	void acceptingASubscriptionMakesAnActiveMemberWithDependantsAndInvitesThem() throws Exception {
		// late evening in UTC, already the next day in France: the contract starts on the
		// French date
		Instant lateEvening = clock.instant()
			.truncatedTo(ChronoUnit.DAYS)
			.plus(Duration.ofDays(1))
			.plus(Duration.ofMinutes(23 * 60 + 30));
		clock.set(lateEvening);
		LocalDate frenchDay = lateEvening.atZone(fr.integrance.platform.FrenchDates.FRANCE).toLocalDate();
		String email = unique("minh");
		CaseId caseId = subscriptionInReview(email);

		CaseDetails accepted = processing.accept(caseId, staff,
				new Acceptance(null, List.of(Civility.MME, Civility.M)));

		assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(accepted.decidedAt()).isEqualTo(lateEvening);
		Person member = people.find(accepted.personId()).orElseThrow();
		assertThat(member.name().lastName()).isEqualTo("Nguyễn");
		assertThat(member.name().civility()).isEqualTo(Civility.M);
		assertThat(member.birthDate()).isEqualTo(LocalDate.of(1979, 11, 3));
		assertThat(member.email().value()).isEqualTo(email);
		assertThat(member.scheme()).isEqualTo(MandatoryScheme.ALSACE_MOSELLE);
		assertThat(member.familySituation()).isEqualTo(FamilySituation.CIVIL_PARTNERSHIP);
		assertThat(member.address().postalCode()).isEqualTo("20000");

		IndividualContract contract = contracts.find(accepted.contractId()).orElseThrow();
		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(contract.member()).isEqualTo(member.id());
		assertThat(contract.planCode()).isEqualTo("essentielle");
		assertThat(contract.startDate()).isEqualTo(frenchDay);
		assertThat(MemberNumber.isValid(contract.memberNumber().value())).isTrue();
		assertThat(contract.dependants()).extracting(Dependant::type)
			.containsExactlyInAnyOrder(DependantType.PACS_PARTNER, DependantType.CHILD);
		Dependant partner = contract.dependants()
			.stream()
			.filter(d -> d.type() == DependantType.PACS_PARTNER)
			.findFirst()
			.orElseThrow();
		Person lea = people.find(partner.person()).orElseThrow();
		assertThat(lea.name().firstNames()).isEqualTo("Léa");
		assertThat(lea.name().civility()).isEqualTo(Civility.MME);
		assertThat(partner.from()).isEqualTo(frenchDay);

		// the contracts module announces the member number; the members' channel invites
		// them
		assertThat(events.stream(ContractActivated.class))
			.contains(new ContractActivated(contract.id(), member.id(), contract.memberNumber()));
		assertThat(accepted.history()).extracting(CaseDetails.Step::to)
			.containsExactly(RequestStatus.IN_REVIEW, RequestStatus.ACCEPTED);
	}

	@Test
	void dependantsCivilitiesComeFromTheRequestWhenItCarriesThem() throws Exception {
		String email = unique("civilites");
		CaseId caseId = intake
			.submit(RequestChannel.WEBSITE, CaseFixtures.withCivilities(CaseFixtures.subscription(email, List.of())))
			.caseId();
		processing.take(caseId, staff);

		// nothing given by staff: the request's civilities are enough, and they win over
		// staff's
		CaseDetails accepted = processing.accept(caseId, staff,
				new Acceptance(null, java.util.Arrays.asList(null, Civility.MME)));

		IndividualContract contract = contracts.find(accepted.contractId()).orElseThrow();
		Person lea = people
			.find(contract.dependants()
				.stream()
				.filter(d -> d.type() == DependantType.PACS_PARTNER)
				.findFirst()
				.orElseThrow()
				.person())
			.orElseThrow();
		Person tam = people
			.find(contract.dependants()
				.stream()
				.filter(d -> d.type() == DependantType.CHILD)
				.findFirst()
				.orElseThrow()
				.person())
			.orElseThrow();
		assertThat(lea.name().civility()).isEqualTo(Civility.MME);
		assertThat(tam.name().civility()).isEqualTo(Civility.M);
	}

	@Test
	void aRefusedAcceptanceChangesNothing() throws Exception {
		String email = unique("refus");
		CaseId caseId = subscriptionInReview(email);
		long persons = Objects.requireNonNull(jdbc.queryForObject("SELECT count(*) FROM person", Long.class));

		assertThatThrownBy(() -> processing.accept(caseId, staff, new Acceptance(null, List.of(Civility.MME))))
			.isInstanceOf(FieldProblemsException.class)
			.extracting(e -> ((FieldProblemsException) e).problems())
			.isEqualTo(List.of(new FieldProblem("civilities[1]", "cases.error.civility.required")));

		CaseDetails details = processing.open(caseId, staff);
		assertThat(details.status()).isEqualTo(RequestStatus.IN_REVIEW);
		assertThat(details.personId()).isNull();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM person", Long.class)).isEqualTo(persons);
		assertThat(mailTo(email, 1, "bien reçue")).isNotNull();
	}

	@Test
	void acceptingASolicitationSendsTheAnswerAndClosesIt() throws Exception {
		String email = unique("paul");
		CaseId caseId = solicitationInReview(email);

		assertThatThrownBy(() -> processing.accept(caseId, staff, Acceptance.withAnswer(" ")))
			.isInstanceOf(FieldProblemsException.class)
			.extracting(e -> ((FieldProblemsException) e).problems())
			.isEqualTo(List.of(new FieldProblem("answer", "cases.error.answer.required")));
		assertThat(processing.open(caseId, staff).status()).isEqualTo(RequestStatus.IN_REVIEW);

		CaseDetails accepted = processing.accept(caseId, staff,
				Acceptance.withAnswer("Votre remboursement part demain.\nBonne journée."));

		assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(accepted.personId()).isNull();
		assertThat(accepted.contractId()).isNull();
		assertThat(accepted.messages()).singleElement().satisfies(m -> {
			assertThat(m.direction()).isEqualTo(MessageDirection.TO_SENDER);
			assertThat(m.authorId()).isEqualTo(staff);
		});
		MimeMessage answer = mailTo(email, 2, "Réponse");
		assertThat(answer.getSubject()).isEqualTo("Réponse à votre demande " + accepted.reference());
		assertThat(OutboxDelivery.text(answer)).contains("Votre remboursement part demain.");
	}

	@Test
	void askingForMoreWaitsForTheSenderWhoseAnswerReopensTheReview() throws Exception {
		String email = unique("complement");
		CaseId caseId = subscriptionInReview(email);

		processing.askSender(caseId, staff, "Merci d’envoyer votre attestation de droits.");
		assertThat(processing.open(caseId, staff).status()).isEqualTo(RequestStatus.WAITING_FOR_SENDER);
		MimeMessage asked = mailTo(email, 2, "complément");
		assertThat(asked.getSubject()).contains("complément");
		assertThat(OutboxDelivery.text(asked)).contains("attestation de droits");

		processing.recordSenderReply(caseId, "Voici mon attestation.");

		CaseDetails details = processing.open(caseId, staff);
		assertThat(details.status()).isEqualTo(RequestStatus.IN_REVIEW);
		assertThat(details.history()).extracting(CaseDetails.Step::reason)
			.containsExactly(null, "Merci d’envoyer votre attestation de droits.", null);
		assertThat(details.history().get(2).actorId()).isNull();
		assertThat(details.messages()).extracting(CaseDetails.Message::direction)
			.containsExactly(MessageDirection.TO_SENDER, MessageDirection.FROM_SENDER);
	}

	@Test
	void rejectingSendsTheReasonAndIsFinal() throws Exception {
		String email = unique("rejet");
		CaseId caseId = subscriptionInReview(email);

		processing.reject(caseId, staff, "Vous résidez hors de notre zone d’intervention.");

		assertThat(processing.open(caseId, staff).status()).isEqualTo(RequestStatus.REJECTED);
		assertThat(OutboxDelivery.text(mailTo(email, 2, "pas pu être acceptée"))).contains("hors de notre zone");
		assertThatThrownBy(() -> processing.take(caseId, staff)).isInstanceOf(InvalidCaseTransitionException.class);
		assertThatThrownBy(() -> processing.accept(caseId, staff, Acceptance.withAnswer("x")))
			.isInstanceOf(InvalidCaseTransitionException.class);
	}

	@Test
	void queuesListOldestFirstPageByPageAndFilterByAssignee() {
		UUID me = UUID.randomUUID();
		List<CaseId> mine = new java.util.ArrayList<>();
		for (int i = 0; i < Cases.PAGE_SIZE + 2; i++) {
			clock.advance(Duration.ofSeconds(1));
			CaseId id = intake.submit(RequestChannel.WEBSITE, CaseFixtures.solicitation("Question " + i, unique("q")))
				.caseId();
			processing.take(id, me);
			mine.add(id);
		}
		CaseFilter filter = new CaseFilter(RequestType.of(Solicitation.class), RequestStatus.IN_REVIEW,
				CaseFilter.Assignment.MINE, me);

		CaseListPage first = processing.list(filter, 0);
		CaseListPage second = processing.list(filter, 1);

		assertThat(first.total()).isEqualTo(Cases.PAGE_SIZE + 2);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.items()).extracting(CaseSummary::id)
			.containsExactlyElementsOf(mine.subList(0, Cases.PAGE_SIZE));
		assertThat(second.items()).extracting(CaseSummary::id)
			.containsExactlyElementsOf(mine.subList(Cases.PAGE_SIZE, mine.size()));
		assertThat(second.hasNext()).isFalse();
		assertThat(processing.list(new CaseFilter(null, RequestStatus.SUBMITTED, CaseFilter.Assignment.MINE, me), 0)
			.items()).isEmpty();
		assertThat(processing.list(new CaseFilter(null, null, CaseFilter.Assignment.UNASSIGNED, null), 0).items())
			.allSatisfy(c -> assertThat(c.assigneeId()).isNull());

		QueueSummary solicitations = processing.queues()
			.stream()
			.filter(q -> q.type().equals(RequestType.of(Solicitation.class)))
			.findFirst()
			.orElseThrow();
		assertThat(solicitations.inReview()).isGreaterThanOrEqualTo(Cases.PAGE_SIZE + 2);
		assertThat(solicitations.oldestSubmittedAt()).isNotNull();
	}

	/**
	 * The journal entries of the given staff accounts since {@code after}: action,
	 * subject, object, actor, purpose.
	 */
	List<String> journal(long after, UUID... actors) {
		List<String> refs = java.util.Arrays.stream(actors).map(a -> "ACCOUNT:" + a).toList();
		return jdbc
			.queryForList("SELECT action || ' ' || coalesce(subject_ref, '-') || ' ' || coalesce(object_ref, '-')"
					+ " || ' ' || actor || ' ' || coalesce(purpose, '-') FROM audit_entry WHERE sequence > ? ORDER BY sequence",
					String.class, after)
			.stream()
			.filter(line -> refs.stream().anyMatch(line::contains))
			.toList();
	}

	long lastSequence() {
		return Objects
			.requireNonNull(jdbc.queryForObject("SELECT coalesce(max(sequence), 0) FROM audit_entry", Long.class));
	}

	@Test
	void everyStepIsJournaledWithIdsOnlyAndAChangeOfHandsToo() throws Exception {
		UUID colleague = UUID.randomUUID();
		String email = unique("journal");
		long before = lastSequence();
		CaseId caseId = subscriptionInReview(email);
		String purpose = "website-subscription-requests";
		String subscriptionCase = "case:" + caseId;

		processing.askSender(caseId, colleague, "Merci d’envoyer votre attestation de droits.");
		processing.resume(caseId, colleague);
		processing.writeToSender(caseId, colleague, "Nous regardons votre dossier.");
		long beforeRefused = lastSequence();
		assertThatThrownBy(() -> processing.accept(caseId, staff, new Acceptance(null, List.of(Civility.MME))))
			.isInstanceOf(FieldProblemsException.class);
		assertThat(journal(beforeRefused, staff, colleague)).as("a refused decision leaves no entry").isEmpty();
		CaseDetails accepted = processing.accept(caseId, staff,
				new Acceptance(null, List.of(Civility.MME, Civility.M)));
		processing.open(caseId, colleague);

		String person = "PERSON:" + accepted.personId();
		String me = "ACCOUNT:" + staff;
		String other = "ACCOUNT:" + colleague;
		assertThat(journal(before, staff, colleague)).containsExactly(
				"request.taken - " + subscriptionCase + " " + me + " " + purpose,
				"request.reassigned - " + subscriptionCase + " " + other + " " + purpose,
				"request.more-asked - " + subscriptionCase + " " + other + " " + purpose,
				"request.resumed - " + subscriptionCase + " " + other + " " + purpose,
				"request.message-sent - " + subscriptionCase + " " + other + " " + purpose,
				// journaled with the acceptance, once the person exists
				"request.reassigned " + person + " " + subscriptionCase + " " + me + " " + purpose,
				"request.accepted " + person + " " + subscriptionCase + " " + me + " " + purpose,
				"request.contract-opened " + person + " contract:" + accepted.contractId() + " " + me + " " + purpose,
				"request.read " + person + " " + subscriptionCase + " " + other + " " + purpose);
		assertThat(String.join(" ", journal(before, staff, colleague))).doesNotContain("@", "Nguy", "attestation");

		assertThat(accepted.history()).extracting(CaseDetails.Step::reassignment)
			.containsExactly(false, true, false, false, true, false);
		assertThat(accepted.history().get(1).previousAssigneeId()).isEqualTo(staff);
		assertThat(accepted.history().get(1).actorId()).isEqualTo(colleague);
		assertThat(accepted.history().get(4).previousAssigneeId()).isEqualTo(colleague);
		assertThat(accepted.assigneeId()).isEqualTo(staff);
	}

	@Test
	void aProspectsCaseIsJournaledAsTheObjectWithoutSubject() {
		UUID colleague = UUID.randomUUID();
		long before = lastSequence();
		CaseId caseId = solicitationInReview(unique("prospect"));
		processing.take(caseId, colleague);
		processing.take(caseId, colleague); // already theirs: nothing happens, nothing is
											// journaled
		processing.reject(caseId, staff, "Hors de notre zone d’intervention.");

		assertThat(journal(before, staff, colleague))
			.extracting(line -> line.split(" ")[0] + " " + line.split(" ")[1] + " " + line.split(" ")[2])
			.containsExactly("request.taken - case:" + caseId, "request.reassigned - case:" + caseId,
					"request.reassigned - case:" + caseId, "request.rejected - case:" + caseId);
	}

	@Test
	void aPageBeyondTheLastShowsTheLastAndDecidedCasesAreCountedUpToALimit() {
		UUID me = UUID.randomUUID();
		for (int i = 0; i < Cases.PAGE_SIZE + 1; i++) {
			clock.advance(Duration.ofSeconds(1));
			processing
				.take(intake.submit(RequestChannel.WEBSITE, CaseFixtures.solicitation("Question " + i, unique("p")))
					.caseId(), me);
		}
		CaseFilter mine = new CaseFilter(null, null, CaseFilter.Assignment.MINE, me);

		CaseListPage beyond = processing.list(mine, 500);
		assertThat(beyond.page()).isEqualTo(1);
		assertThat(beyond.items()).hasSize(1);
		assertThat(beyond.hasNext()).isFalse();
		assertThat(processing.list(mine, -3).page()).isZero();
		assertThat(processing.list(new CaseFilter(null, RequestStatus.ACCEPTED, CaseFilter.Assignment.MINE, me), 9))
			.satisfies(empty -> {
				assertThat(empty.page()).isZero();
				assertThat(empty.total()).isZero();
				assertThat(empty.totalIsLowerBound()).isFalse();
			});

		// more decided cases than a list counts: it says "more than" and pages no further
		Instant at = clock.instant();
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < Cases.CLOSED_COUNT_LIMIT + 5; i++) {
			rows.add(new Object[] { UUID.randomUUID(), "T" + UUID.randomUUID().toString().substring(0, 30),
					at.minusSeconds(i).atOffset(java.time.ZoneOffset.UTC), me });
		}
		jdbc.batchUpdate(
				"INSERT INTO request_case (id, reference, request_type, purpose_id, channel, status, submitted_at,"
						+ " submitter_name, submitter_email, reply_language, payload, assignee_id, version)"
						+ " VALUES (?, ?, 'SOLICITATION', 'website-requests', 'WEBSITE', 'REJECTED', ?, 'X', 'x@example.fr',"
						+ " 'fr', '{}', ?, 0)",
				rows);
		CaseFilter rejected = new CaseFilter(null, RequestStatus.REJECTED, CaseFilter.Assignment.MINE, me);
		CaseListPage last = processing.list(rejected, Integer.MAX_VALUE);
		assertThat(last.totalIsLowerBound()).isTrue();
		assertThat(last.total()).isEqualTo(Cases.CLOSED_COUNT_LIMIT);
		assertThat(last.page()).isEqualTo(Cases.CLOSED_COUNT_LIMIT / Cases.PAGE_SIZE - 1);
		assertThat(last.items()).hasSize(Cases.PAGE_SIZE);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void aQueueSummaryReadsItsCountsByStatusWhateverTheirOrder() {
		QueueSummary summary = QueueSummary.of(RequestType.of(SubscriptionRequest.class), java.util.Map
			.of(RequestStatus.WAITING_FOR_SENDER, 3L, RequestStatus.SUBMITTED, 5L, RequestStatus.ACCEPTED, 1000L),
				null);
		assertThat(summary.submitted()).isEqualTo(5);
		assertThat(summary.inReview()).isZero();
		assertThat(summary.waitingForSender()).isEqualTo(3);
		assertThat(summary.open()).isEqualTo(8);
	}

}
