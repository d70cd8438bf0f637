package fr.integrance.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.ContractId;
import fr.integrance.people.PersonId;

/**
 * A member asks, from iAdhérent, to end the cover of one of their dependants on a date.
 * Accepting it ends the cover on that day (internal package {@code dependantremoval}).
 * The contract, the member and the dependant are taken from the member's own contract,
 * never typed in a form.
 *
 * @param contract the member's contract
 * @param member the member (the case's person)
 * @param dependant the dependant whose cover ends
 * @param dependantName the dependant's name, for the back office's page
 * @param lastDay the last day covered
 * @param reason why, in the member's words (optional)
 * @param attachmentIds a proof, if the member gives one
 */
@RequestPayload.TypeName("DEPENDANT_REMOVAL")
public record DependantRemoval(ContractId contract, PersonId member, PersonId dependant, String dependantName,
		String submitterName, @Nullable String submitterEmail, LocalDate lastDay, @Nullable String reason,
		List<AttachmentId> attachmentIds, String language) implements RequestPayload {

	public DependantRemoval {
		Objects.requireNonNull(contract, "contract");
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(dependant, "dependant");
		Objects.requireNonNull(lastDay, "lastDay");
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
		language = language == null ? "fr" : language;
	}

	@Override
	public String toString() {
		return "DependantRemoval[" + attachmentIds.size() + " attachment(s)]";
	}

}
