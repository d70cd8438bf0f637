package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;

/**
 * A guardian organisation's representation of a protected adult (measure and court
 * reference decrypted; the court and the judgment's date when given). Access through it
 * lapses when its validity ends unrenewed. {@link #toString()} masks the measure and the
 * reference.
 */
public record Representation(RepresentationId id, UUID guardianOrganisation, PersonId protectedAdult,
		ProtectionMeasure measure, DateRange validity, @Nullable String courtDecisionReference, @Nullable String court,
		@Nullable LocalDate judgmentDate) {

	public boolean isValidOn(LocalDate day) {
		return validity.contains(day);
	}

	@Override
	public String toString() {
		return "Representation[id=" + id + ", guardianOrganisation=" + guardianOrganisation + ", protectedAdult="
				+ protectedAdult + ", measure=***]";
	}
}
