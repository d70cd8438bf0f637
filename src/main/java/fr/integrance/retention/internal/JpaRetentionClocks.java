package fr.integrance.retention.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;
import fr.integrance.retention.RetentionClocks;

/** {@link RetentionClocks} on JPA, and the one way clocks are written. */
@Service
@Transactional
class JpaRetentionClocks implements RetentionClocks {

	private final StoredClocks clocks;

	JpaRetentionClocks(StoredClocks clocks) {
		this.clocks = clocks;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RetentionClock> find(RetainedRecord record, String ruleId) {
		return clocks.findById(new RetentionClockEntity.Key(record, ruleId)).map(RetentionClockEntity::toClock);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RetentionClock> ofSubject(DataSubjectRef subject) {
		return clocks.findBySubject(subject.kind(), subject.id()).stream().map(RetentionClockEntity::toClock).toList();
	}

	/**
	 * Records the clock, or moves the record's clock under the same rule when this one
	 * starts later; an older or repeated one changes nothing.
	 */
	void record(RetentionClock clock) {
		Optional<RetentionClockEntity> existing = clocks
			.findById(new RetentionClockEntity.Key(clock.record(), clock.ruleId()));
		if (existing.isPresent()) {
			existing.get().moveTo(clock);
		}
		else {
			clocks.save(new RetentionClockEntity(clock));
		}
	}

}
