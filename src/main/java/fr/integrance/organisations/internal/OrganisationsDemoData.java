package fr.integrance.organisations.internal;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.platform.DemoData;
import fr.integrance.platform.DemoDataContributor;
import fr.integrance.platform.DemoIds;

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
// Before identity's demo accounts, which belong to these organisations.
@DemoData(id = "organisations-demo-v1", order = -110)
@RequiredArgsConstructor
class OrganisationsDemoData implements DemoDataContributor {

	private final JpaOrganisations organisations;

	private final OrganisationRepository repository;

	@Override
	public void seed() {
		seed(DemoIds.EMPLOYER_ORGANISATION,
				new NewOrganisation(OrganisationKind.EMPLOYER, "Boulangerie Dupont SARL", "732829320", null));
		seed(DemoIds.GUARDIAN_ORGANISATION, new NewOrganisation(OrganisationKind.GUARDIAN_SERVICE,
				"Association tutélaire du Rhône", "404833048", null));
	}

	private void seed(UUID id, NewOrganisation organisation) {
		if (!repository.existsById(id)) {
			organisations.save(id, organisation);
		}
	}

}
