package fr.integrance.platform;

import java.util.UUID;

/**
 * The fixed ids that several modules' demo data share ({@link DemoData}): a person whom
 * people creates, identity gives an account and contracts a contract, and the two
 * organisations that organisations creates, identity gives their agents and contracts
 * their group contract and representations. Random UUIDs otherwise; these only exist in
 * demo databases.
 */
public final class DemoIds {

	/** The person record of the demo member Camille Martin (people module). */
	public static final UUID CAMILLE_MARTIN_PERSON = UUID.fromString("0b5f4c2e-0000-4000-8000-000000000001");

	/** Boulangerie Dupont SARL, the demo employer. */
	public static final UUID EMPLOYER_ORGANISATION = UUID.fromString("0b5f4c2e-0000-4000-8000-000000000101");

	/** Association tutélaire du Rhône, the demo guardian service. */
	public static final UUID GUARDIAN_ORGANISATION = UUID.fromString("0b5f4c2e-0000-4000-8000-000000000102");

	private DemoIds() {
	}

}
