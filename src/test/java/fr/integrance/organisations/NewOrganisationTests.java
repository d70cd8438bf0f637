package fr.integrance.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.integrance.organisations.NewOrganisation.FieldProblem;

/**
 * An organisation's identifiers (RULES.md §5): a SIREN for every employer, and a SIRET of
 * the SIREN given.
 */
class NewOrganisationTests {

	static NewOrganisation employer(String siren, String siret) {
		return new NewOrganisation(OrganisationKind.EMPLOYER, "Menuiserie Leroy", siren, siret);
	}

	@Test
	void employerWithAValidSirenAndItsSiretHasNoProblem() {
		assertThat(employer("552 081 317", null).problems()).isEmpty();
		assertThat(employer("732829320", "732 829 320 00009").problems()).isEmpty();
	}

	@Test
	void guardianServiceNeedsNoSiren() {
		assertThat(new NewOrganisation(OrganisationKind.GUARDIAN_SERVICE, "UDAF", "", "").problems()).isEmpty();
	}

	@Test
	void employerWithoutSirenIsRefusedNextToTheSiren() {
		assertThat(employer(" ", null).problems())
			.containsExactly(new FieldProblem("siren", "organisation.siren.required"));
	}

	@Test
	void sirenOrSiretFailingTheirCheckAreRefusedNextToTheirField() {
		assertThat(employer("123456789", null).problems())
			.containsExactly(new FieldProblem("siren", "organisation.siren.invalid"));
		assertThat(employer("732829320", "73282932000008").problems())
			.containsExactly(new FieldProblem("siret", "organisation.siret.invalid"));
	}

	@Test
	void siretOfAnotherSirenIsRefused() {
		assertThat(employer("552081317", "73282932000009").problems())
			.containsExactly(new FieldProblem("siret", "organisation.siret.other-siren"));
	}

	@Test
	void siretWithoutItsSirenAsksForTheSiren() {
		assertThat(new NewOrganisation(OrganisationKind.GUARDIAN_SERVICE, "UDAF", null, "73282932000009").problems())
			.containsExactly(new FieldProblem("siren", "organisation.siren.required-with-siret"));
	}

}
