package fr.integrance.retention.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionClock;
import fr.integrance.retention.RetentionClocks;

/** {@link RetentionClocks} on JPA, and the one way clocks are written (SQL). */
@Service
@Transactional
@RequiredArgsConstructor
class JpaRetentionClocks implements RetentionClocks {

	private final StoredClocks clocks;

	private final JdbcTemplate jdbc;

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
	 * starts later; an older or repeated one changes nothing. Two statements that hold
	 * when deliveries about one record run at once: the row is inserted unless it exists
	 * (the database decides which insert wins), then moved forward under its row lock.
	 */
	public void record(RetentionClock clock) {
		record(clock, null);
	}

	/**
	 * {@link #record(RetentionClock)}, naming the record that started or moved the clock
	 * when it is not the record itself (the case that was a prospect's last contact).
	 */
	public void record(RetentionClock clock, @Nullable UUID via) {
		Object[] key = { clock.record().kind().name(), clock.record().id(), clock.ruleId() };
		jdbc.update("""
				INSERT INTO retention_clock (record_kind, record_id, rule_id, subject_kind, subject_id, trigger_name,
				    cause, starts_on, ends_on, recorded_at, via_record)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", key[0], key[1], key[2],
				clock.subject().kind().name(), clock.subject().id(), clock.trigger(), clock.cause().name(),
				clock.startsOn(), clock.endsOn(), Timestamp.from(clock.recordedAt()), via);
		jdbc.update("""
				UPDATE retention_clock SET trigger_name = ?, cause = ?, starts_on = ?, ends_on = ?, recorded_at = ?,
				    via_record = ?
				WHERE record_kind = ? AND record_id = ? AND rule_id = ? AND starts_on < ?""", clock.trigger(),
				clock.cause().name(), clock.startsOn(), clock.endsOn(), Timestamp.from(clock.recordedAt()), via, key[0],
				key[1], key[2], clock.startsOn());
	}

}
