package fr.integrance.retention.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RetentionTriggerSource;
import fr.integrance.requests.CaseClosed;
import fr.integrance.requests.CaseSenders;
import fr.integrance.retention.ClockCause;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;

/**
 * Starts or moves the prospect's « 3 years from the last contact » clock ({@value #RULE})
 * from the requests module's {@link CaseClosed}: a case decided without a contract is the
 * sender's last contact. One clock per sender, moved forward by each later case; a case
 * whose acceptance opened a contract starts nothing (the contract's clock governs). The
 * clock stores the sender as a person id, or as the SHA-256 of the address (its journal
 * reference), never the address: the sweep asks {@link CaseSenders} for it through the
 * case that last moved the clock.
 */
@Component
@RequiredArgsConstructor
class ProspectClocks implements RetentionTriggerSource {

	static final String RULE = "prospect-3y";

	private final JpaRetentionClocks clocks;

	private final CaseSenders senders;

	private final ProcessingRegister register;

	private final Clock clock;

	@Override
	public Set<String> triggers() {
		return Set.of("last-contact");
	}

	@Override
	public String description() {
		return "retention: requests' CaseClosed without a contract";
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		if (event.contract() != null) {
			return;
		}
		senders.sender(event.caseId()).ifPresent(sender -> {
			Register.RetentionRule rule = register.current()
				.retentionRule(RULE)
				.orElseThrow(() -> new IllegalStateException("The register has no retention rule " + RULE));
			LocalDate startsOn = LocalDate.ofInstant(event.closedAt(), FrenchDates.FRANCE);
			DataSubjectRef stored = stored(sender);
			RetainedRecord record = new RetainedRecord(RetainedRecord.Kind.PROSPECT, recordId(sender));
			clocks.record(new RetentionClock(record, RULE, stored, rule.trigger(), ClockCause.CASE_CLOSED, startsOn,
					startsOn.plus(Period.parse(rule.duration())), clock.instant()), event.caseId().value());
		});
	}

	/** The sender as the clocks keep it: a person id, or the SHA-256 of an address. */
	static DataSubjectRef stored(DataSubjectRef sender) {
		if (sender.kind() == DataSubjectRef.Kind.EMAIL) {
			return new DataSubjectRef(DataSubjectRef.Kind.EMAIL, digest(sender));
		}
		return sender;
	}

	/** The SHA-256 of an address, as its journal reference has it. */
	static String digest(DataSubjectRef email) {
		return email.journalRef().substring(email.journalRef().indexOf(':') + 1);
	}

	static UUID recordId(DataSubjectRef sender) {
		return UUID.nameUUIDFromBytes(sender.journalRef().getBytes(StandardCharsets.UTF_8));
	}

}
