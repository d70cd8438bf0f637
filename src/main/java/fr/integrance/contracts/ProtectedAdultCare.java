package fr.integrance.contracts;

import java.util.Optional;

import fr.integrance.people.PersonId;

/**
 * A protected adult's care and housing and their health needs, one record per adult. The
 * needs and the establishment are encrypted at rest; nothing here journals a reading:
 * whoever shows the needs journals it with the reader (iTutelle's file page).
 */
public interface ProtectedAdultCare {

	/**
	 * Records (or replaces) the adult's housing and needs. @throws
	 * fr.integrance.people.UnknownPersonException when the person is unknown
	 */
	void record(PersonId adult, CareAndHousing housing, HealthNeeds needs);

	/** Changes the housing only, keeping the needs; records empty needs when none. */
	void changeHousing(PersonId adult, CareAndHousing housing);

	Optional<CareAndHousing> housing(PersonId adult);

	/**
	 * The decrypted needs; empty when none were collected or they cannot be decrypted
	 * here (another environment's keys).
	 */
	Optional<HealthNeeds> healthNeeds(PersonId adult);

}
