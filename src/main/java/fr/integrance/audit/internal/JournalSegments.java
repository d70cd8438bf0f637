package fr.integrance.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalSegment;
import fr.integrance.platform.JournalSeal;

/**
 * The purged segments of the journal ({@code audit_journal_segment}), each signed with
 * the journal's signature key over what it states: the last entry purged (sequence, link,
 * hash version) and when. The verifier starts the chain after the latest one, which must
 * carry a valid signature: deleting the start of the chain and writing a segment to cover
 * it takes the signing key, which the database does not hold.
 */
@Component
@RequiredArgsConstructor
class JournalSegments {

	private final JdbcClient jdbc;

	private final JournalSeal seal;

	/** A segment as stored. */
	record Stored(long lastPurgedSequence, String lastPurgedLink, int lastPurgedVersion, Instant purgedAt,
			Instant recordedBefore, String signature) {

		JournalSegment view() {
			return new JournalSegment(lastPurgedSequence, purgedAt, recordedBefore);
		}

		byte[] signedBytes() {
			return JournalSegments.signedBytes(lastPurgedSequence, lastPurgedLink, lastPurgedVersion, purgedAt,
					recordedBefore);
		}

	}

	static byte[] signedBytes(long sequence, String link, int version, Instant purgedAt, Instant recordedBefore) {
		return ("integrance-audit-segment-v1\n" + sequence + "\n" + link + "\n" + version + "\n" + purgedAt + "\n"
				+ recordedBefore)
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The latest segment, its signature checked.
	 * @throws ForgedSegmentException when its signature does not hold
	 */
	Optional<Stored> latest() {
		List<Stored> latest = jdbc
			.sql("SELECT last_purged_sequence, last_purged_link, last_purged_version, purged_at, recorded_before,"
					+ " signature FROM audit_journal_segment ORDER BY last_purged_sequence DESC LIMIT 1")
			.query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
			.list();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		Stored segment = latest.get(0);
		boolean signed;
		try {
			signed = seal.signatureMatches(Base64.getUrlDecoder().decode(segment.signature()), segment.signedBytes());
		}
		catch (IllegalArgumentException ex) {
			signed = false;
		}
		if (!signed) {
			throw new ForgedSegmentException(segment.lastPurgedSequence());
		}
		return Optional.of(segment);
	}

	/**
	 * Records a signed segment after the entry {@code last} (in the caller's
	 * transaction).
	 */
	Stored record(AuditEntry last, Instant purgedAt, Instant recordedBefore) {
		byte[] signature = seal
			.sign(signedBytes(last.sequence(), last.entryHash(), last.hashVersion(), purgedAt, recordedBefore));
		Stored segment = new Stored(last.sequence(), last.entryHash(), last.hashVersion(), purgedAt, recordedBefore,
				Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
		jdbc.sql("INSERT INTO audit_journal_segment (last_purged_sequence, last_purged_link, last_purged_version,"
				+ " purged_at, recorded_before, signature) VALUES (?, ?, ?, ?, ?, ?)")
			.params(segment.lastPurgedSequence(), segment.lastPurgedLink(), segment.lastPurgedVersion(),
					OffsetDateTime.ofInstant(purgedAt, ZoneOffset.UTC),
					OffsetDateTime.ofInstant(recordedBefore, ZoneOffset.UTC), segment.signature())
			.update();
		return segment;
	}

	/** The latest segment does not carry a valid signature. */
	static final class ForgedSegmentException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final long sequence;

		ForgedSegmentException(long sequence) {
			super("the journal's latest segment does not carry a valid signature", null, false, false);
			this.sequence = sequence;
		}

		long sequence() {
			return sequence;
		}

	}

}
