package fr.integrance.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;

/**
 * What a staff member asks to send to a recipient of the register.
 *
 * @param recipient the register's recipient id, e.g. {@code reinsurers}
 * @param purpose the register's purpose the data go for; it must name the recipient
 * @param legalBasis one of the purpose's legal bases
 * @param fields the fields to send; each must belong to a category the recipient may
 * receive for the purpose
 * @param subjects the data subjects whose data go
 * @param actor the staff account that sends
 * @param requisition an authority's requisition reference: required for an authority,
 * refused for another recipient
 * @param country the recipient's country (ISO 3166 alpha-2), null for France
 * @param safeguard the register's transfer safeguard, required outside the EEA
 */
public record DisclosureOrder(String recipient, String purpose, String legalBasis, List<FieldRef> fields,
		List<DataSubjectRef> subjects, UUID actor, @Nullable String requisition, @Nullable String country,
		@Nullable String safeguard) {

	public DisclosureOrder {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(legalBasis, "legalBasis");
		Objects.requireNonNull(actor, "actor");
		fields = List.copyOf(fields);
		subjects = List.copyOf(subjects);
	}

	@Override
	public String toString() {
		return "DisclosureOrder[recipient=" + recipient + ", purpose=" + purpose + ", fields=" + fields.size()
				+ ", subjects=" + subjects.size() + "]";
	}

}
