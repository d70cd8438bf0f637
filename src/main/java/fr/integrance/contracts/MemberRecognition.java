package fr.integrance.contracts;

import java.time.LocalDate;
import java.util.Optional;

import fr.integrance.people.PersonId;

/**
 * Recognises a member from what they know (for the activation of their online account).
 */
public interface MemberRecognition {

	/**
	 * The member of the ACTIVE individual contract with that number, when their last name
	 * and first names match (case, accents, spaces, hyphens and apostrophes ignored) and
	 * their birth date is equal; empty otherwise, without saying which part failed — also
	 * when the processing of the member's data is restricted (art. 18). The same lookups
	 * are made whether the number is unknown or not, and no NIR is decrypted.
	 */
	Optional<PersonId> recognise(String lastName, String firstNames, LocalDate birthDate, MemberNumber memberNumber);

}
