package fr.integrance.audit.internal;

import java.time.Instant;
import java.util.Base64;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.AuditEvent;
import fr.integrance.platform.JournalSeal;

/**
 * The link of each entry to the chain. Version 2 (every entry the journal writes now):
 * the MAC of the journal's key ({@link JournalSeal}, HMAC-SHA256 with Tink's 5-byte key
 * id) over {@link EntryHasher}'s canonical encoding under the domain text
 * {@code integrance-audit-entry-v2}, stored in base64url without padding (50 characters).
 * Without the key nobody can compute it, so a rewritten entry cannot be made to fit the
 * chain again.
 * <p>
 * Version 1: entries written before the keyed chain existed keep their plain SHA-256
 * ({@link EntryHasher}) and are verified as before; the first keyed entry links to the
 * last of them. A version-1 entry after a keyed one is a break (someone without the key
 * rewrote it), and a signed checkpoint outside the database pins the keyed part.
 */
@Component
class EntryLinks {

	static final int UNKEYED = 1;

	static final int KEYED = 2;

	private static final String KEYED_DOMAIN = "integrance-audit-entry-v2";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final JournalSeal seal;

	EntryLinks(JournalSeal seal) {
		this.seal = seal;
	}

	/** The keyed entry that follows {@code previousHash} at {@code sequence}. */
	AuditEntry chain(long sequence, Instant recordedAt, AuditEvent event, String previousHash) {
		return seal(new AuditEntry(sequence, recordedAt, event.actor().ref(), event.action().code(), event.subjectRef(),
				event.objectRef(), event.purpose(), event.outcome().name(), previousHash, "", KEYED));
	}

	/** The same entry with its keyed link computed from its fields. */
	AuditEntry seal(AuditEntry entry) {
		String link = ENCODER.encodeToString(seal.mac(keyedBytes(entry)));
		return new AuditEntry(entry.sequence(), entry.recordedAt(), entry.actor(), entry.action(), entry.subjectRef(),
				entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash(), link, KEYED);
	}

	private static byte[] keyedBytes(AuditEntry entry) {
		return EntryHasher.canonical(KEYED_DOMAIN, entry.sequence(), entry.recordedAt(), entry.actor(), entry.action(),
				entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash());
	}

	/** True when the entry's stored link is the one its content calls for. */
	boolean matches(AuditEntry entry) {
		if (entry.hashVersion() == UNKEYED) {
			return entry.expectedUnkeyedHash().equals(entry.entryHash());
		}
		if (entry.hashVersion() != KEYED) {
			return false;
		}
		byte[] tag = decode(entry.entryHash());
		return tag != null && seal.macMatches(tag,
				EntryHasher.canonical(KEYED_DOMAIN, entry.sequence(), entry.recordedAt(), entry.actor(), entry.action(),
						entry.subjectRef(), entry.objectRef(), entry.purpose(), entry.outcome(), entry.previousHash()));
	}

	private static byte @Nullable [] decode(String link) {
		try {
			return Base64.getUrlDecoder().decode(link);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
