package fr.integrance.organisations;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

/**
 * The organisations module's test fixture: employers and guardian services with a unique
 * name and a valid SIREN, through the module's API.
 */
@TestComponent
public class TestOrganisations {

	/** A valid SIREN (Luhn) for the organisations the tests create. */
	public static final String SIREN = "732829320";

	private final Organisations organisations;

	TestOrganisations(Organisations organisations) {
		this.organisations = organisations;
	}

	public OrganisationId organisation(OrganisationKind kind) {
		return organisations.create(new NewOrganisation(kind, kind + " " + UUID.randomUUID(), SIREN, null)).id();
	}

}
