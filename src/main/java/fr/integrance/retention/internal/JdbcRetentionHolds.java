package fr.integrance.retention.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.retention.HoldReason;
import fr.integrance.retention.RetentionHold;
import fr.integrance.retention.RetentionHolds;

/**
 * {@link RetentionHolds} in {@code retention_hold}: the subject as the clocks keep it (a
 * person id, or an address's SHA-256), so that the sweep's query leaves out the held
 * clocks by a join. Placing and lifting are journaled with the subject.
 */
@Service
@RequiredArgsConstructor
class JdbcRetentionHolds implements RetentionHolds {

	/**
	 * A hold in force on day ?: the SQL the sweep, the dry run and the figure share.
	 */
	static final String IN_FORCE = "h.lifted_at IS NULL AND (h.ends_on IS NULL OR h.ends_on >= ?)";

	/** Who placed or lifted a hold that the application itself placed or lifted. */
	static final UUID SYSTEM = new UUID(0L, 0L);

	private final JdbcTemplate jdbc;

	private final AuditJournal journal;

	private final Clock clock;

	@Override
	@Transactional
	public RetentionHold place(DataSubjectRef subject, HoldReason reason, @Nullable LocalDate endsOn, UUID actor) {
		if (subject.kind() != DataSubjectRef.Kind.PERSON && subject.kind() != DataSubjectRef.Kind.EMAIL) {
			throw new IllegalArgumentException("A hold is placed on a person or an e-mail address");
		}
		LocalDate today = FrenchDates.today(clock);
		if (endsOn != null && endsOn.isBefore(today)) {
			throw new IllegalArgumentException("A hold cannot end in the past");
		}
		DataSubjectRef stored = ProspectClocks.stored(subject);
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO retention_hold (id, subject_kind, subject_id, reason, ends_on, placed_at, placed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", id, stored.kind().name(), stored.id(), reason.name(),
				endsOn == null ? null : Date.valueOf(endsOn), Timestamp.from(clock.instant()), actor);
		journal.record(AuditEvent.success(AuditActor.account(actor), SweepJournal.HOLD_PLACED)
			.withSubject(subject)
			.withObject("retention-hold:" + id));
		return new RetentionHold(id, stored.kind().name(), stored.id(), reason, endsOn, clock.instant(), null);
	}

	@Override
	@Transactional
	public boolean lift(UUID hold, UUID actor) {
		int lifted = jdbc.update(
				"UPDATE retention_hold SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL",
				Timestamp.from(clock.instant()), actor, hold);
		if (lifted == 0) {
			return false;
		}
		journal.record(AuditEvent.success(AuditActor.account(actor), SweepJournal.HOLD_LIFTED)
			.withObject("retention-hold:" + hold));
		return true;
	}

	/**
	 * Places a hold on behalf of the application for what {@code source} names (e.g.
	 * {@code rights-request:<id>}), on a subject given by its journal reference
	 * ({@code PERSON:<id>} or {@code EMAIL:<SHA-256>}, the form the clocks keep), unless
	 * a hold for that source was placed already (a redelivered event places nothing
	 * twice).
	 * @return whether a hold was placed
	 */
	@Transactional
	public boolean placeFor(String source, String subjectRef, HoldReason reason) {
		int colon = subjectRef.indexOf(':');
		DataSubjectRef.Kind kind = DataSubjectRef.Kind.valueOf(subjectRef.substring(0, colon));
		if (kind != DataSubjectRef.Kind.PERSON && kind != DataSubjectRef.Kind.EMAIL) {
			return false;
		}
		Integer placed = jdbc.queryForObject("SELECT COUNT(*) FROM retention_hold WHERE source_ref = ?", Integer.class,
				source);
		if (placed != null && placed > 0) {
			return false;
		}
		UUID id = UUID.randomUUID();
		jdbc.update(
				"""
						INSERT INTO retention_hold (id, subject_kind, subject_id, reason, ends_on, placed_at, placed_by, source_ref)
						VALUES (?, ?, ?, ?, NULL, ?, ?, ?)""",
				id, kind.name(), subjectRef.substring(colon + 1), reason.name(), Timestamp.from(clock.instant()),
				SYSTEM, source);
		journal.record(AuditEvent.success(AuditActor.system(SweepJournal.ACTOR), SweepJournal.HOLD_PLACED)
			.withSubject(() -> subjectRef)
			.withObject("retention-hold:" + id));
		return true;
	}

	/** Lifts the holds in force placed for {@code source}; how many. */
	@Transactional
	public int liftFor(String source) {
		List<UUID> held = jdbc.queryForList(
				"SELECT id FROM retention_hold WHERE source_ref = ? AND lifted_at IS NULL ORDER BY id", UUID.class,
				source);
		for (UUID hold : held) {
			jdbc.update("UPDATE retention_hold SET lifted_at = ?, lifted_by = ? WHERE id = ?",
					Timestamp.from(clock.instant()), SYSTEM, hold);
			journal.record(AuditEvent.success(AuditActor.system(SweepJournal.ACTOR), SweepJournal.HOLD_LIFTED)
				.withObject("retention-hold:" + hold));
		}
		return held.size();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RetentionHold> inForce() {
		return jdbc.query("SELECT * FROM retention_hold h WHERE " + IN_FORCE + " ORDER BY h.placed_at DESC, h.id",
				JdbcRetentionHolds::hold, Date.valueOf(FrenchDates.today(clock)));
	}

	private static RetentionHold hold(ResultSet row, int index) throws SQLException {
		Date ends = row.getDate("ends_on");
		Timestamp lifted = row.getTimestamp("lifted_at");
		return new RetentionHold(row.getObject("id", UUID.class), row.getString("subject_kind"),
				row.getString("subject_id"), HoldReason.valueOf(row.getString("reason")),
				ends == null ? null : ends.toLocalDate(), row.getTimestamp("placed_at").toInstant(),
				lifted == null ? null : lifted.toInstant());
	}

}
