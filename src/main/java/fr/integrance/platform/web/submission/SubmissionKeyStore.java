package fr.integrance.platform.web.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.jspecify.annotations.Nullable;

/**
 * The {@code submission_key} table. Each write is a short transaction of its own, never
 * the handler's: the claim must be visible to a parallel post while the handler runs.
 */
@Component
class SubmissionKeyStore {

	private static final String COLUMNS = "submission_key, path, state, fingerprint, owner, lease_until, "
			+ "work_committed, status, location, flash, content_type, body";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SubmissionKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	Optional<KeyRow> find(UUID key, String path) {
		List<KeyRow> rows = jdbc.query(
				"SELECT " + COLUMNS + " FROM submission_key WHERE submission_key = ? AND path = ?",
				SubmissionKeyStore::row, key, path);
		return rows.stream().findFirst();
	}

	/** Claims a key never seen on this path; false when another request holds it. */
	boolean insert(Claim claim, String fingerprint, Instant leaseUntil) {
		try {
			transactions.executeWithoutResult(status -> jdbc.update(
					"INSERT INTO submission_key (submission_key, path, state, fingerprint, owner, lease_until, "
							+ "work_committed, created_at) VALUES (?, ?, 'IN_PROGRESS', ?, ?, ?, 0, ?)",
					claim.key(), claim.path(), fingerprint, claim.owner(), utc(leaseUntil), utc(now())));
			return true;
		}
		catch (DuplicateKeyException | ConcurrencyFailureException ex) {
			// Another request inserted it first (or holds it, uncommitted, past the lock
			// timeout): the caller reads the row again.
			return false;
		}
	}

	/**
	 * Takes over the claim of a request whose node died: only while its lease is past and
	 * none of its transactions committed, and only if no other request took it first.
	 */
	boolean retake(KeyRow dead, Claim claim, Instant leaseUntil) {
		return conditionally(
				"UPDATE submission_key SET owner = ?, lease_until = ? WHERE submission_key = ? AND path = ? "
						+ "AND owner = ? AND state = 'IN_PROGRESS' AND work_committed = 0 AND lease_until <= ?",
				claim.owner(), utc(leaseUntil), dead.key(), dead.path(), dead.owner(), utc(now()));
	}

	/**
	 * A dead request whose work committed but whose answer was never recorded: done, with
	 * no answer to replay.
	 */
	boolean closeWithoutAnswer(KeyRow dead) {
		return conditionally("UPDATE submission_key SET state = 'DONE', completed_at = ? WHERE submission_key = ? "
				+ "AND path = ? AND owner = ? AND state = 'IN_PROGRESS' AND work_committed > 0 AND lease_until <= ?",
				utc(now()), dead.key(), dead.path(), dead.owner(), utc(now()));
	}

	void renew(Claim claim, Instant leaseUntil) {
		update("UPDATE submission_key SET lease_until = ? WHERE submission_key = ? AND path = ? AND owner = ? "
				+ "AND state = 'IN_PROGRESS'", utc(leaseUntil), claim.key(), claim.path(), claim.owner());
	}

	void complete(Claim claim, Answer answer) {
		update("UPDATE submission_key SET state = 'DONE', completed_at = ?, status = ?, location = ?, flash = ?, "
				+ "content_type = ?, body = ? WHERE submission_key = ? AND path = ? AND owner = ?", utc(now()),
				answer.status(), answer.location(), answer.flash(), answer.contentType(), answer.body(), claim.key(),
				claim.path(), claim.owner());
	}

	/**
	 * Gives the key back: the post did not succeed, the person may correct and resend.
	 */
	void release(Claim claim) {
		update("DELETE FROM submission_key WHERE submission_key = ? AND path = ? AND owner = ? AND state = 'IN_PROGRESS'",
				claim.key(), claim.path(), claim.owner());
	}

	/**
	 * Counts, in the handler's own transaction (the caller's), one committed unit of work
	 * of the claim.
	 */
	void countWork(Claim claim) {
		jdbc.update("UPDATE submission_key SET work_committed = work_committed + 1 WHERE submission_key = ? "
				+ "AND path = ? AND owner = ?", claim.key(), claim.path(), claim.owner());
	}

	int purgeCreatedBefore(Instant limit) {
		return update("DELETE FROM submission_key WHERE created_at < ?", utc(limit));
	}

	/** An update that another request may win: losing it (or its row lock) is false. */
	private boolean conditionally(String sql, @Nullable Object... arguments) {
		try {
			return update(sql, arguments) == 1;
		}
		catch (ConcurrencyFailureException ex) {
			return false;
		}
	}

	private int update(String sql, @Nullable Object... arguments) {
		Integer count = transactions.execute(status -> jdbc.update(sql, arguments));
		return count == null ? 0 : count;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static KeyRow row(ResultSet rs, int rowNum) throws SQLException {
		Integer status = rs.getObject("status", Integer.class);
		Answer answer = status == null ? null : new Answer(status, rs.getString("location"), rs.getBytes("flash"),
				rs.getString("content_type"), rs.getBytes("body"));
		OffsetDateTime lease = rs.getObject("lease_until", OffsetDateTime.class);
		return new KeyRow(rs.getObject("submission_key", UUID.class), rs.getString("path"),
				"DONE".equals(rs.getString("state")), rs.getString("fingerprint"), rs.getObject("owner", UUID.class),
				lease.toInstant(), rs.getInt("work_committed"), answer);
	}

	/** A key claimed by one request ({@code owner} is that request's random id). */
	record Claim(UUID key, String path, UUID owner) {
	}

	/** A row as read. */
	record KeyRow(UUID key, String path, boolean done, String fingerprint, UUID owner, Instant leaseUntil,
			int workCommitted, @Nullable Answer answer) {
	}

	/**
	 * What a successful post answered: a redirect (location and the flash attributes,
	 * serialized) or, for an API, a status with its body.
	 */
	record Answer(int status, @Nullable String location, byte @Nullable [] flash, @Nullable String contentType,
			byte @Nullable [] body) {
	}

}
