package fr.integrance.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;

class EntryHasherTests {

	private static final Instant AT = Instant.parse("2025-03-01T10:15:30.123456Z");

	private static final String PREVIOUS = "ab".repeat(32);

	/**
	 * Computed once by an independent implementation of the documented encoding (Python).
	 */
	private static final String PINNED = "9555be289e3a0feacad92a834edbd445ff085e6fa5c58618b539d9262f029102";

	@Test
	void hashIsSha256OfTheDocumentedEncoding() throws Exception {
		// Re-derived from the Javadoc with another API, so a change to the encoding
		// cannot pass unseen.
		ByteBuffer expected = ByteBuffer.allocate(512);
		putField(expected, "integrance-audit-entry-v1");
		expected.putLong(42L);
		expected.putLong(AT.getEpochSecond());
		expected.putInt(AT.getNano());
		putField(expected, "ACCOUNT:acc-1");
		putField(expected, "person.read");
		putField(expected, "person-7");
		putField(expected, null);
		putField(expected, "member-management");
		putField(expected, "SUCCESS");
		putField(expected, PREVIOUS);
		byte[] bytes = new byte[expected.position()];
		expected.flip().get(bytes);

		byte[] canonical = EntryHasher.canonical(EntryHasher.DOMAIN, 42L, AT, "ACCOUNT:acc-1", "person.read",
				"person-7", null, "member-management", "SUCCESS", PREVIOUS);
		String hash = EntryHasher.hash(42L, AT, "ACCOUNT:acc-1", "person.read", "person-7", null, "member-management",
				"SUCCESS", PREVIOUS);

		assertThat(canonical).isEqualTo(bytes);
		assertThat(hash).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void hashOfAKnownEntryNeverChanges() {
		// Journals already written must keep verifying: this vector pins encoding version
		// 1.
		assertThat(EntryHasher.hash(1L, Instant.parse("2025-01-01T00:00:00Z"), "SYSTEM:retention-job", "data.erased",
				"person-1", "contract:123", "retention", "SUCCESS", EntryHasher.GENESIS_HASH))
			.isEqualTo(PINNED);
	}

	@Test
	void everyFieldChangesTheHash() {
		List<String> hashes = List.of(
				EntryHasher.hash(1, AT, "ANONYMOUS", "login.failure", "s", "o", "p", "FAILURE", PREVIOUS),
				EntryHasher.hash(2, AT, "ANONYMOUS", "login.failure", "s", "o", "p", "FAILURE", PREVIOUS),
				EntryHasher.hash(1, AT.plusNanos(1000), "ANONYMOUS", "login.failure", "s", "o", "p", "FAILURE",
						PREVIOUS),
				EntryHasher.hash(1, AT, "SYSTEM:x", "login.failure", "s", "o", "p", "FAILURE", PREVIOUS),
				EntryHasher.hash(1, AT, "ANONYMOUS", "login.success", "s", "o", "p", "FAILURE", PREVIOUS),
				EntryHasher.hash(1, AT, "ANONYMOUS", "login.failure", "t", "o", "p", "FAILURE", PREVIOUS),
				EntryHasher.hash(1, AT, "ANONYMOUS", "login.failure", "s", "q", "p", "FAILURE", PREVIOUS),
				EntryHasher.hash(1, AT, "ANONYMOUS", "login.failure", "s", "o", "r", "FAILURE", PREVIOUS),
				EntryHasher.hash(1, AT, "ANONYMOUS", "login.failure", "s", "o", "p", "DENIED", PREVIOUS), EntryHasher
					.hash(1, AT, "ANONYMOUS", "login.failure", "s", "o", "p", "FAILURE", EntryHasher.GENESIS_HASH));
		Set<String> distinct = new HashSet<>(hashes);
		assertThat(distinct).hasSize(hashes.size());
	}

	@Test
	void movingCharactersBetweenFieldsChangesTheHash() {
		String ab = EntryHasher.hash(1, AT, "ANONYMOUS", "a.b", "ab", "c", null, "SUCCESS", PREVIOUS);
		String bc = EntryHasher.hash(1, AT, "ANONYMOUS", "a.b", "a", "bc", null, "SUCCESS", PREVIOUS);
		assertThat(ab).isNotEqualTo(bc);
	}

	@Test
	void absentValueDiffersFromEmptyValue() {
		String absent = EntryHasher.hash(1, AT, "ANONYMOUS", "a.b", null, null, null, "SUCCESS", PREVIOUS);
		String empty = EntryHasher.hash(1, AT, "ANONYMOUS", "a.b", "", null, null, "SUCCESS", PREVIOUS);
		String shifted = EntryHasher.hash(1, AT, "ANONYMOUS", "a.b", null, "", null, "SUCCESS", PREVIOUS);
		assertThat(Set.of(absent, empty, shifted)).hasSize(3);
	}

	@Test
	void unkeyedEntryMatchesItsContentUntilAFieldChanges() {
		assertLinkHoldsUntilAFieldChanges(AuditEntry.unkeyed(5, AT, EVENT, PREVIOUS), new EntryLinks(TestSeal.key(1)));
	}

	@Test
	void keyedEntryMatchesItsContentUntilAFieldChanges() {
		EntryLinks links = new EntryLinks(TestSeal.key(1));
		AuditEntry entry = links.chain(5, AT, EVENT, PREVIOUS);

		assertThat(entry.hashVersion()).isEqualTo(EntryLinks.KEYED);
		assertThat(entry.entryHash()).hasSizeLessThanOrEqualTo(64);
		assertLinkHoldsUntilAFieldChanges(entry, links);
	}

	@Test
	void keyedLinkNeedsTheKey() {
		AuditEntry forged = new EntryLinks(TestSeal.key(2)).chain(5, AT, EVENT, PREVIOUS);

		assertThat(new EntryLinks(TestSeal.key(1)).matches(forged)).isFalse();
	}

	@Test
	void keyedEntryRelabelledUnkeyedNoLongerMatches() {
		EntryLinks links = new EntryLinks(TestSeal.key(1));
		AuditEntry entry = links.chain(5, AT, EVENT, PREVIOUS);
		AuditEntry relabelled = new AuditEntry(entry.sequence(), entry.recordedAt(), entry.actor(), entry.action(),
				entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash(),
				entry.entryHash(), EntryLinks.UNKEYED);

		assertThat(links.matches(relabelled)).isFalse();
	}

	private static final AuditEvent EVENT = AuditEvent.success(AuditActor.account("acc-1"), AuditAction.PERSON_READ)
		.withSubject(() -> "person-7");

	private static void assertLinkHoldsUntilAFieldChanges(AuditEntry entry, EntryLinks links) {
		AuditEntry edited = new AuditEntry(entry.sequence(), entry.recordedAt(), entry.actor(), entry.action(),
				"person-8", entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash(),
				entry.entryHash(), entry.hashVersion());
		AuditEntry moved = new AuditEntry(6, entry.recordedAt(), entry.actor(), entry.action(), entry.subjectRef(),
				entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash(), entry.entryHash(),
				entry.hashVersion());

		assertThat(links.matches(entry)).isTrue();
		assertThat(entry.actor()).isEqualTo("ACCOUNT:acc-1");
		assertThat(links.matches(edited)).isFalse();
		assertThat(links.matches(moved)).isFalse();
	}

	private static void putField(ByteBuffer buffer, String value) {
		if (value == null) {
			buffer.putInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		buffer.putInt(utf8.length).put(utf8);
	}

}
