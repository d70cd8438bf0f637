package fr.integrance.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import fr.integrance.notification.MailDelivery;
import fr.integrance.notification.MailId;
import fr.integrance.notification.MailStatus;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;

/**
 * The outbox table. Inserts go through JPA, in the caller's transaction. Everything the
 * dispatcher does is a single SQL statement run outside any transaction (auto-commit), so
 * that a claim is visible to every other dispatcher the moment it is made and before the
 * mail is sent.
 * <p>
 * A claim is a compare-and-set: {@code UPDATE … WHERE id = ? AND <still claimable>}. The
 * database lets only one of two concurrent updates of a row see it still claimable
 * (PostgreSQL re-checks the condition after the first commits; H2 locks the row), so one
 * dispatcher wins, the other updates nothing. Later updates of a claimed row also require
 * its claim token, so a dispatcher that lost its lease cannot overwrite the outcome of
 * the one that took it over.
 */
@Component
@RequiredArgsConstructor
class OutboxMails {

	static final String TABLE = "notification_mail_outbox";

	/**
	 * Claimable: due and not yet tried too often, or held by a dispatcher whose lease ran
	 * out.
	 */
	private static final String CLAIMABLE = "attempts < :maxAttempts AND ((status = 'PENDING' AND next_attempt_at <= :now)"
			+ " OR (status = 'SENDING' AND claimed_at <= :staleBefore))";

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final FieldEncryption encryption;

	/** Adds a rendered mail, due at once, in the current transaction. */
	MailId add(String recipient, String template, RenderedMail rendered, Instant now) {
		UUID id = UUID.randomUUID();
		String rowId = id.toString();
		entityManager.persist(new OutboxMail(id, recipient, template,
				encryption.encrypt(rendered.subject(), context("subject", rowId)),
				encryption.encrypt(rendered.text(), context("text_body", rowId)),
				encryption.encrypt(rendered.html(), context("html_body", rowId)), now));
		return new MailId(id);
	}

	/** Ids of the mails a dispatcher may claim now, oldest due first. */
	List<UUID> claimable(Instant now, Instant staleBefore, int maxAttempts, int limit) {
		return jdbc
			.sql("SELECT id FROM " + TABLE + " WHERE " + CLAIMABLE + " ORDER BY next_attempt_at, id LIMIT :limit")
			.param("maxAttempts", maxAttempts)
			.param("now", utc(now))
			.param("staleBefore", utc(staleBefore))
			.param("limit", limit)
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
	}

	/**
	 * Claims the mail for the dispatcher holding {@code token} if it is still claimable,
	 * counting one more attempt; false when another dispatcher was first (or the mail is
	 * no longer due).
	 */
	boolean claim(UUID id, UUID token, Instant now, Instant staleBefore, int maxAttempts) {
		return jdbc
			.sql("UPDATE " + TABLE + " SET status = 'SENDING', claim_token = :token, claimed_at = :now,"
					+ " attempts = attempts + 1 WHERE id = :id AND " + CLAIMABLE)
			.param("token", token)
			.param("now", utc(now))
			.param("id", id)
			.param("maxAttempts", maxAttempts)
			.param("staleBefore", utc(staleBefore))
			.update() == 1;
	}

	/**
	 * The mail claimed with {@code token}, decrypted; empty when the claim was lost
	 * meanwhile.
	 * @throws fr.integrance.platform.DecryptionFailedException when a ciphertext does not
	 * decrypt
	 */
	Optional<ClaimedMail> claimed(UUID id, UUID token) {
		return jdbc
			.sql("SELECT id, recipient, subject, text_body, html_body, attempts FROM " + TABLE
					+ " WHERE id = :id AND claim_token = :token AND status = 'SENDING'")
			.param("id", id)
			.param("token", token)
			.query(this::claimedMail)
			.optional();
	}

	private ClaimedMail claimedMail(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String rowId = id.toString();
		return new ClaimedMail(id, rs.getString("recipient"),
				encryption.decrypt(rs.getString("subject"), context("subject", rowId)),
				encryption.decrypt(rs.getString("text_body"), context("text_body", rowId)),
				encryption.decrypt(rs.getString("html_body"), context("html_body", rowId)), rs.getInt("attempts"));
	}

	/** How many attempts the mail has had, counting the one in progress. */
	int attempts(UUID id) {
		return jdbc.sql("SELECT attempts FROM " + TABLE + " WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * SENDING → SENT; false when the claim was lost meanwhile (lease ran out, another
	 * took it).
	 */
	boolean markSent(UUID id, UUID token, Instant now) {
		return endClaim(id, token, "status = 'SENT', sent_at = :now, last_error = NULL", Map.of("now", utc(now)));
	}

	/**
	 * SENDING → PENDING until {@code nextAttemptAt}; false when the claim was lost
	 * meanwhile.
	 */
	boolean markForRetry(UUID id, UUID token, Instant nextAttemptAt, String error) {
		return endClaim(id, token, "status = 'PENDING', next_attempt_at = :next, last_error = :error",
				Map.of("next", utc(nextAttemptAt), "error", error));
	}

	/** SENDING → FAILED; false when the claim was lost meanwhile. */
	boolean markFailed(UUID id, UUID token, Instant now, String error) {
		return endClaim(id, token, "status = 'FAILED', failed_at = :now, last_error = :error",
				Map.of("now", utc(now), "error", error));
	}

	/**
	 * Ends the claim {@code token} holds on the SENDING mail {@code id}, with
	 * {@code assignments} bound to {@code values}; false when the claim was lost
	 * meanwhile.
	 */
	private boolean endClaim(UUID id, UUID token, String assignments, Map<String, ?> values) {
		return jdbc
			.sql("UPDATE " + TABLE + " SET " + assignments + ", claim_token = NULL, claimed_at = NULL"
					+ " WHERE id = :id AND claim_token = :token AND status = 'SENDING'")
			.params(values)
			.param("id", id)
			.param("token", token)
			.update() == 1;
	}

	/**
	 * Gives up the mails whose last allowed attempt never reported back (its node died
	 * with the lease): they may or may not have gone out, and they have had all their
	 * attempts.
	 */
	List<UUID> abandonUnconfirmedLastAttempts(Instant now, Instant staleBefore, int maxAttempts) {
		List<UUID> ids = jdbc
			.sql("SELECT id FROM " + TABLE + " WHERE status = 'SENDING' AND claimed_at <= :staleBefore"
					+ " AND attempts >= :maxAttempts")
			.param("staleBefore", utc(staleBefore))
			.param("maxAttempts", maxAttempts)
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
		return ids.stream()
			.filter(id -> jdbc
				.sql("UPDATE " + TABLE + " SET status = 'FAILED', failed_at = :now, claim_token = NULL,"
						+ " claimed_at = NULL, last_error = 'UnconfirmedLastAttempt' WHERE id = :id"
						+ " AND status = 'SENDING' AND claimed_at <= :staleBefore AND attempts >= :maxAttempts")
				.param("now", utc(now))
				.param("id", id)
				.param("staleBefore", utc(staleBefore))
				.param("maxAttempts", maxAttempts)
				.update() == 1)
			.toList();
	}

	/**
	 * Empties subject and bodies of the mails sent or given up before
	 * {@code finishedBefore}.
	 */
	int purgeBodies(Instant finishedBefore, Instant now) {
		return jdbc
			.sql("UPDATE " + TABLE + " SET subject = NULL, text_body = NULL, html_body = NULL, purged_at = :now"
					+ " WHERE purged_at IS NULL AND status IN ('SENT', 'FAILED')"
					+ " AND COALESCE(sent_at, failed_at) <= :finishedBefore")
			.param("now", utc(now))
			.param("finishedBefore", utc(finishedBefore))
			.update();
	}

	/** Deletes the rows of the mails sent or given up before {@code finishedBefore}. */
	int deleteFinished(Instant finishedBefore) {
		return jdbc
			.sql("DELETE FROM " + TABLE + " WHERE status IN ('SENT', 'FAILED')"
					+ " AND COALESCE(sent_at, failed_at) <= :finishedBefore")
			.param("finishedBefore", utc(finishedBefore))
			.update();
	}

	Optional<MailDelivery> delivery(MailId id) {
		return jdbc.sql("SELECT status, attempts, next_attempt_at, sent_at FROM " + TABLE + " WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new MailDelivery(id, MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					Objects.requireNonNull(instant(rs, "next_attempt_at"), "next_attempt_at is not null"),
					Optional.ofNullable(instant(rs, "sent_at"))))
			.optional();
	}

	private static FieldContext context(String column, String rowId) {
		return new FieldContext(TABLE, column, rowId);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A claimed mail, decrypted, ready to send. */
	record ClaimedMail(UUID id, String recipient, String subject, String text, String html, int attempts) {

		/** No content in logs. */
		@Override
		public String toString() {
			return "ClaimedMail[" + id + ", attempt " + attempts + "]";
		}
	}

	/** A rendered mail before encryption. */
	record RenderedMail(String subject, String text, String html) {

		@Override
		public String toString() {
			return "RenderedMail[…]";
		}
	}

}
