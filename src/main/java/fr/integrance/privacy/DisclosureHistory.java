package fr.integrance.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What was disclosed about a data subject, to which recipients of the register: read by
 * the rights engine (Art. 15(1)(c), the Art. 19 notices after a rectification, an erasure
 * or a restriction) and by the member's page "who received my data". Implemented by the
 * disclosure module, from its log.
 */
public interface DisclosureHistory {

	/** The subject's disclosures, newest first. */
	List<Disclosed> of(DataSubjectRef subject);

	/**
	 * One disclosure of the subject's data.
	 *
	 * @param id the disclosure (one export, to one recipient, of one or more subjects)
	 * @param recipient the register's recipient id, e.g. {@code reinsurers}
	 * @param purpose the register's purpose the data went for
	 * @param categories the data categories that went
	 * @param at when
	 * @param requisition the reference of an authority's requisition, when it was one
	 */
	record Disclosed(UUID id, String recipient, String purpose, List<String> categories, Instant at,
			@Nullable String requisition) {

		public Disclosed {
			categories = List.copyOf(categories);
		}

	}

}
