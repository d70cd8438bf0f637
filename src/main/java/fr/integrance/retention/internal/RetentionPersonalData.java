package fr.integrance.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.retention.RetentionClock;

/**
 * The retention module's part of access and erasure: the clocks of a person's records
 * ({@link DataSubjectRef.Kind#PERSON}). The export tells how long each record is kept
 * (GDPR Art. 15(1)(d)). A clock still running is kept as long as the record it measures
 * (its reason is the register rule), since it is what will end the record's life; a clock
 * that has run out is erased. Clocks are only read to end records, which a restriction
 * does not forbid: it changes nothing.
 */
@Component
@Transactional
class RetentionPersonalData implements PersonalDataProvider {

	static final String MODULE = "retention";

	private final StoredClocks clocks;

	private final Clock clock;

	RetentionPersonalData(StoredClocks clocks, Clock clock) {
		this.clocks = clocks;
		this.clock = clock;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (RetentionClockEntity entity : clocks.findBySubject(subject.kind(), subject.id())) {
			RetentionClock running = entity.toClock();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("record", running.record().toString());
			row.put("retentionRule", running.ruleId());
			row.put("trigger", running.trigger());
			row.put("startsOn", running.startsOn());
			row.put("endsOn", running.endsOn());
			records.add(row);
		}
		return records.isEmpty() ? List.of() : List.of(new ExportSection(MODULE, "personal-life", records));
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		LocalDate today = FrenchDates.today(clock);
		List<ErasureOutcome> outcomes = new ArrayList<>();
		for (RetentionClockEntity entity : clocks.findBySubject(subject.kind(), subject.id())) {
			RetentionClock kept = entity.toClock();
			String record = "retention_clock#" + kept.record() + "/" + kept.ruleId();
			if (kept.endsOn().isAfter(today)) {
				outcomes.add(ErasureOutcome.kept(MODULE, record, kept.ruleId(), kept.endsOn()));
			}
			else {
				clocks.delete(entity);
				outcomes.add(ErasureOutcome.erased(MODULE, record));
			}
		}
		return outcomes;
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return new RestrictionOutcome(MODULE, 0);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return new RestrictionOutcome(MODULE, 0);
	}

}
