package fr.integrance.platform;

/**
 * Whose data an audit-journal entry is about, as the journal stores it
 * ({@code PERSON:<id>}, {@code ACCOUNT:<id>}…): an id, never a name or an address.
 * <p>
 * The privacy kernel's {@code DataSubjectRef} is the one implementation and the one place
 * that builds the reference; it lives here because the audit journal may depend on
 * nothing but {@code platform}, and takes its subjects through this type rather than as
 * strings a caller would assemble by hand.
 */
@FunctionalInterface
public interface JournalSubject {

	/** The subject as the journal stores it, e.g. {@code PERSON:6f1c…}. */
	String journalRef();

}
