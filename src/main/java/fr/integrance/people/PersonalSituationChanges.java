package fr.integrance.people;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.PostalAddress;

/**
 * Changes to a person's address and personal situation (family situation, mandatory
 * scheme and fund), made by someone entitled to (an employer for its affiliates, staff).
 * The caller journals the change and keeps its effective date; the record holds the
 * current value.
 */
public interface PersonalSituationChanges {

	/**
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 * @throws PersonRestrictedException when the processing of their data is restricted
	 */
	void changeAddress(PersonId person, PostalAddress address);

	/**
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 * @throws PersonRestrictedException when the processing of their data is restricted
	 */
	void changeFamilySituation(PersonId person, @Nullable FamilySituation situation);

	/**
	 * The mandatory scheme and the fund's name or code (1 to 100 characters, or null).
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 * @throws PersonRestrictedException when the processing of their data is restricted
	 */
	void changeScheme(PersonId person, @Nullable MandatoryScheme scheme, @Nullable String fund);

}
