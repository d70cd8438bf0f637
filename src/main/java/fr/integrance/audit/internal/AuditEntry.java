package fr.integrance.audit.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditOutcome;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * A row of {@code audit_entry} as stored: plain strings, because the verifier must hash
 * exactly what the table holds, even a value that an edit has made invalid.
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param recordedAt when the journal appended it (its clock, UTC, microseconds)
 * @param actor {@link AuditActor#ref()}
 * @param action {@link AuditAction#code()}
 * @param subjectRef the data subject's id, or {@code null}
 * @param objectRef {@code type:id} of the object, or {@code null}
 * @param purpose register purpose id, or {@code null}
 * @param outcome {@link AuditOutcome} name
 * @param previousHash the previous entry's hash ({@link EntryHasher#GENESIS_HASH} for the
 * first)
 * @param entryHash the entry's link: {@link EntryLinks} (keyed, version 2) or
 * {@link EntryHasher#hash} (version 1) of all the above
 * @param hashVersion {@link EntryLinks#KEYED} or {@link EntryLinks#UNKEYED}
 */
record AuditEntry(@NotPersonalData long sequence,
		@NotPersonalData("a time; it relates to a person only through the actor, annotated below") Instant recordedAt,
		// A pseudonymous account id: the journal is a connection log in the register's
		// terms.
		@PersonalData(category = "connection") String actor, @NotPersonalData String action,
		@PersonalData(category = "identification") @Nullable String subjectRef,
		// A contract or request id leads to a person as surely as the subject ref does.
		@PersonalData(category = "identification") @Nullable String objectRef,
		@NotPersonalData @Nullable String purpose, @NotPersonalData String outcome,
		@NotPersonalData String previousHash, @NotPersonalData String entryHash, @NotPersonalData int hashVersion) {

	/**
	 * The unkeyed (version 1) entry that follows {@code previousHash} at
	 * {@code sequence}: what the journal wrote before the keyed chain, and what a forger
	 * without the key can write.
	 */
	static AuditEntry unkeyed(long sequence, Instant recordedAt, AuditEvent event, String previousHash) {
		String actor = event.actor().ref();
		String action = event.action().code();
		String outcome = event.outcome().name();
		String hash = EntryHasher.hash(sequence, recordedAt, actor, action, event.subjectRef(), event.objectRef(),
				event.purpose(), outcome, previousHash);
		return new AuditEntry(sequence, recordedAt, actor, action, event.subjectRef(), event.objectRef(),
				event.purpose(), outcome, previousHash, hash, EntryLinks.UNKEYED);
	}

	/** The version-1 hash this entry's content calls for. */
	String expectedUnkeyedHash() {
		return EntryHasher.hash(sequence, recordedAt, actor, action, subjectRef, objectRef, purpose, outcome,
				previousHash);
	}
}
