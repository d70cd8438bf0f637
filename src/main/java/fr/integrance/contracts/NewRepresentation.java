package fr.integrance.contracts;

import java.util.Objects;
import java.util.UUID;

import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;

/**
 * A protected adult represented by a guardian organisation (identity's organisation id)
 * under a measure, for its validity period, on a court decision (reference at most 100
 * characters, may be null for a mandat de protection future).
 */
public record NewRepresentation(UUID guardianOrganisation, PersonId protectedAdult, ProtectionMeasure measure,
		DateRange validity, String courtDecisionReference) {

	public NewRepresentation {
		Objects.requireNonNull(guardianOrganisation, "guardianOrganisation");
		Objects.requireNonNull(protectedAdult, "protectedAdult");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(validity, "validity");
	}

	@Override
	public String toString() {
		return "NewRepresentation[guardianOrganisation=" + guardianOrganisation + ", protectedAdult=" + protectedAdult
				+ ", measure=***]";
	}
}
