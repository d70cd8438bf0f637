package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;

/**
 * A protected adult represented by a guardian organisation (identity's organisation id)
 * under a measure, for its validity period, on a court decision (reference at most 100
 * characters, may be null for a mandat de protection future), by a court (at most 100
 * characters, encrypted like the reference) on a judgment date.
 */
public record NewRepresentation(UUID guardianOrganisation, PersonId protectedAdult, ProtectionMeasure measure,
		DateRange validity, String courtDecisionReference, @Nullable String court, @Nullable LocalDate judgmentDate) {

	public NewRepresentation {
		Objects.requireNonNull(guardianOrganisation, "guardianOrganisation");
		Objects.requireNonNull(protectedAdult, "protectedAdult");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(validity, "validity");
	}

	/** A representation whose court and judgment date are not recorded. */
	public NewRepresentation(UUID guardianOrganisation, PersonId protectedAdult, ProtectionMeasure measure,
			DateRange validity, String courtDecisionReference) {
		this(guardianOrganisation, protectedAdult, measure, validity, courtDecisionReference, null, null);
	}

	@Override
	public String toString() {
		return "NewRepresentation[guardianOrganisation=" + guardianOrganisation + ", protectedAdult=" + protectedAdult
				+ ", measure=***]";
	}
}
