package fr.integrance.platform;

/**
 * The keys that make the audit journal tamper-evident: a MAC key that links its entries
 * (an intruder who can write the database but not read this key cannot forge a link), and
 * a signature key for the checkpoints of its head kept outside the database. Both come
 * from keysets configured like the field-encryption ones ({@code app.crypto.journal-*}).
 */
public interface JournalSeal {

	/** The tag of {@code data} under the primary MAC key (it names the key it used). */
	byte[] mac(byte[] data);

	/** True when {@code tag} is a tag of {@code data} under one of the MAC keys. */
	boolean macMatches(byte[] tag, byte[] data);

	/** The signature of {@code data} under the primary signature key. */
	byte[] sign(byte[] data);

	/** True when {@code signature} is a signature of {@code data} by one of the keys. */
	boolean signatureMatches(byte[] signature, byte[] data);

}
