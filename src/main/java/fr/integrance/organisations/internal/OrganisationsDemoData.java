package fr.integrance.organisations.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.platform.DemoDataContributor;

/**
 * The two demo organisations of the README (embedded profile only, loaded once per
 * database): an employer and a guardian service, whose accounts are identity's demo data
 * and whose group contract and representations are the contracts module's.
 * <p>
 * They were identity's demo data before organisations became a module of their own: a
 * database seeded then already holds them, so an organisation that exists is left as it
 * is.
 */
@Component
class OrganisationsDemoData extends DemoDataContributor {

	/*
	 * Fixed ids that the demo data of other modules refer to. Modules may not depend on
	 * each other's internals, so the same constants are repeated, with this comment, in
	 * fr.integrance.identity.internal.IdentityDemoData (the accounts) and
	 * fr.integrance.contracts.internal.ContractsDemoData (the group contract and the
	 * representations): change them together. These only exist in demo databases.
	 */

	/** Boulangerie Dupont SARL, the demo employer. */
	static final UUID EMPLOYER_ORGANISATION_ID = UUID.fromString("0b5f4c2e-0000-4000-8000-000000000101");

	/** Association tutélaire du Rhône, the demo guardian service. */
	static final UUID GUARDIAN_ORGANISATION_ID = UUID.fromString("0b5f4c2e-0000-4000-8000-000000000102");

	private final JpaOrganisations organisations;

	private final OrganisationRepository repository;

	OrganisationsDemoData(JpaOrganisations organisations, OrganisationRepository repository) {
		// Before identity's demo accounts, which belong to these organisations.
		super("organisations-demo-v1", -110);
		this.organisations = organisations;
		this.repository = repository;
	}

	@Override
	public void seed() {
		seed(EMPLOYER_ORGANISATION_ID,
				new NewOrganisation(OrganisationKind.EMPLOYER, "Boulangerie Dupont SARL", "732829320", null));
		seed(GUARDIAN_ORGANISATION_ID, new NewOrganisation(OrganisationKind.GUARDIAN_SERVICE,
				"Association tutélaire du Rhône", "404833048", null));
	}

	private void seed(UUID id, NewOrganisation organisation) {
		if (!repository.existsById(id)) {
			organisations.save(id, organisation);
		}
	}

}
