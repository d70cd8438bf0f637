package fr.integrance.contracts;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;

/**
 * An individual contract as staff open it, with the people it shows: its member and its
 * dependants, each a summary (name, birth date, town), the unknown ones left out.
 *
 * @param contract the contract
 * @param persons the summaries of its member and dependants, member first
 */
public record ContractFile(IndividualContract contract, Map<PersonId, PersonSummary> persons) {

	public ContractFile {
		persons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(persons));
	}

	/** The member's summary, or null when unknown. */
	public @Nullable PersonSummary member() {
		return persons.get(contract.member());
	}

	/**
	 * Whether the contract's status may not change: the contract, or its member's
	 * processing, is restricted (GDPR Art. 18).
	 */
	public boolean restricted() {
		PersonSummary member = member();
		return contract.restricted() || member != null && member.restricted();
	}

}
