package fr.integrance.disclosure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Exports to the register's recipients, minimised and logged.
 */
public interface Disclosures {

	/**
	 * Builds the file for the recipient from the subjects' data, with the fields asked
	 * for, each of a category the register lets the recipient receive for the purpose;
	 * logs and journals it (one journal entry per subject).
	 * @throws DisclosureRefusedException when the register does not allow it: unknown
	 * recipient or purpose, a purpose that does not name the recipient, a legal basis not
	 * the purpose's, a field outside the recipient's categories, a transfer outside the
	 * EEA without one of the purpose's safeguards, an authority without its requisition
	 * reference
	 */
	Disclosure disclose(DisclosureOrder order);

	/** The log, newest first; {@code recipient} filters when given. */
	List<LoggedDisclosure> log(@Nullable String recipient, int page, int size);

	/** How many disclosures the log holds ({@code recipient} filters when given). */
	long count(@Nullable String recipient);

}
