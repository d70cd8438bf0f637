package fr.integrance.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.AffiliationEnded;
import fr.integrance.contracts.IndividualContractTerminated;
import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RetentionTriggerSource;
import fr.integrance.retention.ClockCause;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;

/**
 * Starts the « contract + 6 years » clocks from the contracts module's events: an
 * individual contract's termination ({@code member-contract-6y}) and the end of an
 * affiliation's cover ({@code affiliate-contract-6y}, moved by portability). The duration
 * and the trigger come from the register's rule, not from the event.
 * <p>
 * Each listener runs after the contracts transaction commits, in a transaction of its
 * own; deliveries about one record may run at once (portability started right after the
 * termination was confirmed), which {@link JpaRetentionClocks#record} allows. The JDBC
 * event publication registry keeps the event until it has run, and a clock recorded twice
 * is recorded once.
 */
@Component
@RequiredArgsConstructor
class ContractClocks implements RetentionTriggerSource {

	static final String MEMBER_RULE = "member-contract-6y";

	static final String AFFILIATE_RULE = "affiliate-contract-6y";

	private final JpaRetentionClocks clocks;

	private final ProcessingRegister register;

	private final Clock clock;

	@Override
	public Set<String> triggers() {
		return Set.of("contract-end");
	}

	@Override
	public String description() {
		return "retention: contracts' IndividualContractTerminated and AffiliationEnded";
	}

	@ApplicationModuleListener
	void on(IndividualContractTerminated event) {
		start(new RetainedRecord(RetainedRecord.Kind.INDIVIDUAL_CONTRACT, event.contract().value()), MEMBER_RULE,
				subject(event.member()), ClockCause.CONTRACT_TERMINATED, event.endDate());
	}

	@ApplicationModuleListener
	void on(AffiliationEnded event) {
		ClockCause cause = switch (event.status()) {
			case PORTABILITY -> ClockCause.AFFILIATION_PORTABILITY;
			case CLOSED -> ClockCause.AFFILIATION_CLOSED;
			default -> ClockCause.AFFILIATION_TERMINATED;
		};
		start(new RetainedRecord(RetainedRecord.Kind.AFFILIATION, event.affiliation().value()), AFFILIATE_RULE,
				subject(event.person()), cause, event.lastDayOfCover());
	}

	private void start(RetainedRecord record, String ruleId, DataSubjectRef subject, ClockCause cause,
			LocalDate startsOn) {
		Register.RetentionRule rule = register.current()
			.retentionRule(ruleId)
			.orElseThrow(() -> new IllegalStateException("The register has no retention rule " + ruleId));
		LocalDate endsOn = startsOn.plus(Period.parse(rule.duration()));
		clocks.record(
				new RetentionClock(record, ruleId, subject, rule.trigger(), cause, startsOn, endsOn, clock.instant()));
	}

	private static DataSubjectRef subject(PersonId person) {
		return DataSubjectRef.person(person.value().toString());
	}

}
