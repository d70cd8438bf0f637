package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.UUID;

import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;

/**
 * A representation as a list shows it: the measure decrypted, the court reference left
 * encrypted (a list does not show it). {@link #toString()} masks the measure.
 */
public record RepresentationListing(RepresentationId id, UUID guardianOrganisation, PersonId protectedAdult,
		ProtectionMeasure measure, DateRange validity) {

	public boolean isValidOn(LocalDate day) {
		return validity.contains(day);
	}

	@Override
	public String toString() {
		return "RepresentationListing[id=" + id + ", protectedAdult=" + protectedAdult + ", measure=***]";
	}
}
