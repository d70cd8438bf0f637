package fr.integrance.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.PersonName;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.CaseSenders;
import fr.integrance.requests.Cases;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.retention.HoldReason;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;
import fr.integrance.retention.RetentionClocks;
import fr.integrance.retention.RetentionHold;
import fr.integrance.retention.RetentionHolds;
import fr.integrance.retention.RetentionSweeps;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;
import fr.integrance.testsupport.MutableClock;

/**
 * The retention sweep's acceptance, with the application clock moved: a prospect's data
 * go at 3 years and a day after their last contact, not a day before; a terminated
 * member's contract is kept until the end of its sixth year; a legal hold stops the sweep
 * until lifted; a sweep cut in the middle (as a crash leaves it) is resumed without doing
 * any subject twice; the « past retention » figure is 0 after a sweep.
 */
@IdentityIntegrationTest
class RetentionSweepTests {

	@Autowired
	Requests intake;

	@Autowired
	Cases cases;

	@Autowired
	CaseSenders senders;

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	RetentionClocks clocks;

	@Autowired
	RetentionHolds holds;

	@Autowired
	RetentionSweeps sweeps;

	@Autowired
	RetentionSweepService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RightsRequests rights;

	@Autowired
	RightsDesk desk;

	@Autowired
	MutableClock clock;

	final UUID staff = UUID.randomUUID();

	Instant start;

	@BeforeEach
	void remember() {
		start = clock.instant();
	}

	@AfterEach
	void putTheClockBack() {
		clock.set(start);
	}

	@Test
	void aProspectGoesAtThreeYearsAndADayNotADayBefore() {
		String email = unique("prospect");
		CaseId rejected = rejectedCase(email);
		RetentionClock prospect = prospectClock(email);
		LocalDate closed = FrenchDates.today(clock);
		assertThat(prospect.startsOn()).isEqualTo(closed);
		assertThat(prospect.endsOn()).isEqualTo(closed.plusYears(3));
		assertThat(prospect.trigger()).isEqualTo("last-contact");

		at(closed.plusYears(3));
		sweeps.sweep();
		assertThat(senders.sender(rejected)).contains(DataSubjectRef.email(email));

		at(closed.plusYears(3).plusDays(1));
		RetentionSweeps.Sweep sweep = sweeps.sweep();
		assertThat(sweep).isNotNull();
		assertThat(sweep.status()).isEqualTo("DONE");
		assertThat(senders.sender(rejected)).isEmpty();
		assertThat(clocks.find(prospect.record(), ProspectClocks.RULE)).isEmpty();
		assertThat(sweep.counts().get(ProspectClocks.RULE)).containsKey("requests/ANONYMISED");
		assertThat(sweeps.pastRetention().values()).allSatisfy(past -> assertThat(past.due()).isZero());
	}

	@Test
	void aLaterContactMovesTheProspectsClock() {
		String email = unique("revenu");
		rejectedCase(email);
		RetentionClock first = prospectClock(email);
		clock.advance(Period.ofYears(1));
		rejectedCase(email);
		RetentionClock moved = waitFor(() -> clocks.find(first.record(), ProspectClocks.RULE)
			.filter(c -> c.startsOn().isAfter(first.startsOn())));
		assertThat(moved.endsOn()).isEqualTo(first.endsOn().plusYears(1));
	}

	@Test
	void aTerminatedMembersContractIsKeptUntilTheEndOfItsSixthYear() {
		PersonId member = people
			.register(NewPerson.of(PersonName.of(Civility.MME, "Retenue", "Sixans"), LocalDate.of(1970, 5, 4)));
		IndividualContract contract = contracts
			.open(new NewIndividualContract(member, "essentielle", LocalDate.of(2024, 1, 1), List.of()));
		contracts.activate(contract.id());
		LocalDate end = LocalDate.of(2025, 6, 30);
		contracts.terminate(contract.id(), end, "départ");
		RetainedRecord record = new RetainedRecord(RetainedRecord.Kind.INDIVIDUAL_CONTRACT, contract.id().value());
		RetentionClock clock6y = waitFor(() -> clocks.find(record, ContractClocks.MEMBER_RULE));
		assertThat(clock6y.endsOn()).isEqualTo(LocalDate.of(2031, 6, 30));

		at(LocalDate.of(2031, 6, 30));
		sweeps.sweep();
		assertThat(contracts.find(contract.id())).isPresent();

		at(LocalDate.of(2031, 7, 1));
		RetentionSweeps.Sweep sweep = sweeps.sweep();
		assertThat(contracts.find(contract.id())).isEmpty();
		assertThat(sweep.counts().get(ContractClocks.MEMBER_RULE)).containsKeys("contracts/ERASED",
				"people/ANONYMISED");
		assertThat(sweeps.pastRetention().get(ContractClocks.MEMBER_RULE).due()).isZero();
	}

	@Test
	void aHoldStopsTheSweepUntilLifted() {
		String email = unique("litige");
		CaseId rejected = rejectedCase(email);
		RetentionClock prospect = prospectClock(email);
		RetentionHold hold = holds.place(DataSubjectRef.email(email), HoldReason.LITIGATION, null, staff);
		assertThat(hold.subjectRef()).doesNotContain("@");

		at(prospect.endsOn().plusDays(1));
		sweeps.sweep();
		assertThat(senders.sender(rejected)).isPresent();
		RetentionSweeps.Past past = sweeps.pastRetention().get(ProspectClocks.RULE);
		assertThat(past.held()).isPositive();
		assertThat(past.due()).isZero();
		assertThat(sweeps.dryRun(10).heldByRule().get(ProspectClocks.RULE)).isPositive();

		assertThat(holds.lift(hold.id(), staff)).isTrue();
		assertThat(holds.lift(hold.id(), staff)).isFalse();
		assertThat(sweeps.pastRetention().get(ProspectClocks.RULE).due()).isPositive();
		sweeps.sweep();
		assertThat(senders.sender(rejected)).isEmpty();
	}

	@Test
	void aRightsRequestInProgressHoldsItsSubjectUntilClosed() {
		String email = unique("droits");
		CaseId rejected = rejectedCase(email);
		RetentionClock prospect = prospectClock(email);
		ReceivedRightsRequest request = rights
			.receive(new RightsRequestSubmission("erasure", "all", null, "Camille", "Durand", email, null, null));
		desk.linkSubject(request.id(), DataSubjectRef.email(email), false, null, staff);
		String source = "rights-request:" + request.id().value();
		await().atMost(Duration.ofSeconds(20)).until(() -> holdsFor(source, true) == 1);
		assertThat(holds.inForce()).filteredOn(hold -> hold.reason() == HoldReason.RIGHTS_REQUEST)
			.anySatisfy(hold -> assertThat(hold.subjectRef())
				.isEqualTo(ProspectClocks.digest(DataSubjectRef.email(email))));

		at(prospect.endsOn().plusDays(1));
		sweeps.sweep();
		assertThat(senders.sender(rejected)).as("kept while the request is in progress").isPresent();
		assertThat(sweeps.pastRetention().get(ProspectClocks.RULE).held()).isPositive();

		desk.refuse(request.id(), "Demande manifestement infondée", staff);
		await().atMost(Duration.ofSeconds(20)).until(() -> holdsFor(source, true) == 0);
		assertThat(holdsFor(source, false)).isEqualTo(1);
		sweeps.sweep();
		assertThat(senders.sender(rejected)).isEmpty();
	}

	int holdsFor(String source, boolean inForce) {
		return Objects.requireNonNull(jdbc.queryForObject(
				"SELECT COUNT(*) FROM retention_hold WHERE source_ref = ?" + (inForce ? " AND lifted_at IS NULL" : ""),
				Integer.class, source));
	}

	@Test
	void aHoldWithAnEndStopsHoldingAfterIt() {
		String email = unique("borne");
		CaseId rejected = rejectedCase(email);
		RetentionClock prospect = prospectClock(email);
		LocalDate due = prospect.endsOn().plusDays(1);
		holds.place(DataSubjectRef.email(email), HoldReason.DPO_DECISION, due.plusDays(10), staff);
		at(due);
		sweeps.sweep();
		assertThat(senders.sender(rejected)).isPresent();
		at(due.plusDays(11));
		sweeps.sweep();
		assertThat(senders.sender(rejected)).isEmpty();
	}

	@Test
	void aSweepCutInTheMiddleIsResumedWithoutDoingAnySubjectTwice() {
		List<String> emails = List.of(unique("reprise-a"), unique("reprise-b"), unique("reprise-c"));
		List<CaseId> rejected = emails.stream().map(this::rejectedCase).toList();
		emails.forEach(this::prospectClock);
		at(FrenchDates.today(clock).plusYears(3).plusDays(1));

		RetentionSweeps.Sweep cut = service.sweepCutAfter(1);
		assertThat(cut).isNotNull();
		assertThat(cut.status()).isEqualTo("RUNNING");
		assertThat(cut.subjects()).isEqualTo(1);
		assertThat(sweeps.journal(50)).filteredOn(s -> s.id().equals(cut.id()))
			.singleElement()
			.satisfies(s -> assertThat(s.status()).isEqualTo("RUNNING"));

		RetentionSweeps.Sweep resumed = sweeps.sweep();
		assertThat(resumed).isNotNull();
		assertThat(resumed.id()).isEqualTo(cut.id());
		assertThat(resumed.status()).isEqualTo("DONE");
		assertThat(resumed.resumed()).isEqualTo(1);
		assertThat(resumed.finishedAt()).isNotNull();
		assertThat(resumed.subjects()).isGreaterThanOrEqualTo(3);
		assertThat(resumed.counts().get(ProspectClocks.RULE).get("-/CLOCKS")).isEqualTo(resumed.subjects());
		rejected.forEach(id -> assertThat(senders.sender(id)).isEmpty());
		for (String email : emails) {
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM audit_entry WHERE action = 'retention.swept' AND subject_ref = ?",
					Integer.class, DataSubjectRef.email(email).journalRef()))
				.as("journaled once")
				.isEqualTo(1);
		}
		assertThat(sweeps.pastRetention().values()).allSatisfy(past -> assertThat(past.due()).isZero());
		assertThat(sweeps.sweep().subjects()).isZero();
	}

	@Test
	void aBatchWithOneFailingSubjectLosesNoneOfTheOthersWork() {
		List<String> emails = List.of(unique("lot-a"), unique("lot-b"), unique("lot-c"));
		List<CaseId> rejected = emails.stream().map(this::rejectedCase).toList();
		emails.forEach(this::prospectClock);
		LocalDate today = FrenchDates.today(clock);
		// A clock whose subject cannot be journaled (an id no person has): ending it
		// fails
		// after the others of its batch have done their work, which the batch's rollback
		// undoes; each clock is then ended again on its own.
		UUID broken = UUID.randomUUID();
		jdbc.update("INSERT INTO retention_clock (record_kind, record_id, rule_id, subject_kind, subject_id,"
				+ " trigger_name, cause, starts_on, ends_on, recorded_at) VALUES ('INDIVIDUAL_CONTRACT', ?,"
				+ " 'member-contract-6y', 'PERSON', 'pas un identifiant !', 'contract-terminated', 'CONTRACT_TERMINATED',"
				+ " ?, ?, ?)", broken, java.sql.Date.valueOf(today.minusYears(7)),
				java.sql.Date.valueOf(today.minusYears(1)), java.sql.Timestamp.from(clock.instant()));
		try {
			at(today.plusYears(3).plusDays(1));
			RetentionSweeps.Sweep sweep = sweeps.sweep();
			assertThat(sweep).isNotNull();
			assertThat(sweep.status()).isEqualTo("DONE");
			assertThat(sweep.errors()).isEqualTo(1);
			assertThat(sweep.counts().get("member-contract-6y")).containsEntry("-/ERROR", 1);
			assertThat(sweep.counts().get(ProspectClocks.RULE).get("-/CLOCKS")).isGreaterThanOrEqualTo(3);
			rejected.forEach(id -> assertThat(senders.sender(id)).isEmpty());
			for (String email : emails) {
				assertThat(jdbc.queryForObject(
						"SELECT COUNT(*) FROM audit_entry WHERE action = 'retention.swept' AND subject_ref = ?",
						Integer.class, DataSubjectRef.email(email).journalRef()))
					.as("journaled once, although its first batch was rolled back")
					.isEqualTo(1);
			}
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_clock WHERE record_id = ?", Integer.class,
					broken))
				.as("the failing clock is left for the next sweep")
				.isEqualTo(1);
		}
		finally {
			jdbc.update("DELETE FROM retention_clock WHERE record_id = ?", broken);
		}
	}

	@Test
	void theDryRunCountsWithoutErasingAnything() {
		String email = unique("simulation");
		CaseId rejected = rejectedCase(email);
		RetentionClock prospect = prospectClock(email);
		at(prospect.endsOn().plusDays(1));
		RetentionSweeps.DryRun dryRun = sweeps.dryRun(500);
		assertThat(dryRun.byRule().get(ProspectClocks.RULE)).isPositive();
		assertThat(dryRun.byModule()).containsKey("requests");
		assertThat(dryRun.byModule().get("requests")).containsKey("ANONYMISED");
		assertThat(dryRun.toString()).doesNotContain(email);
		assertThat(senders.sender(rejected)).isPresent();
		assertThat(clocks.find(prospect.record(), ProspectClocks.RULE)).isPresent();
		sweeps.sweep();
	}

	CaseId rejectedCase(String email) {
		CaseId id = intake.submit(RequestChannel.WEBSITE, CaseFixtures.subscription(email, List.of())).caseId();
		cases.take(id, staff);
		cases.reject(id, staff, "Hors zone");
		return id;
	}

	RetentionClock prospectClock(String email) {
		RetainedRecord record = new RetainedRecord(RetainedRecord.Kind.PROSPECT,
				ProspectClocks.recordId(DataSubjectRef.email(email)));
		return waitFor(() -> clocks.find(record, ProspectClocks.RULE));
	}

	void at(LocalDate day) {
		clock.set(day.atTime(LocalTime.NOON).atZone(FrenchDates.FRANCE).toInstant());
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.fr";
	}

	/** What an event listener records after the commit, waited for (at most 20 s). */
	static <T> T waitFor(Supplier<Optional<T>> probe) {
		return await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(probe::get, Optional::isPresent)
			.orElseThrow();
	}

}
