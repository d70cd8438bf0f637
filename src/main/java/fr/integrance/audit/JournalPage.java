package fr.integrance.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of journal entries, newest first.
 *
 * @param entries the entries
 * @param nextBefore the {@link JournalQuery#before()} of the next (older) page, or
 * {@code null} when there is none
 */
public record JournalPage(List<JournalRecord> entries, @Nullable Long nextBefore) {

	public JournalPage {
		entries = List.copyOf(entries);
	}

}
