package fr.integrance.contracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.Affiliation;
import fr.integrance.contracts.Affiliations;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.DemoData;
import fr.integrance.platform.DemoDataContributor;
import fr.integrance.platform.DemoIds;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * Demo contracts (embedded profile only, loaded once, listed in the README):
 * <ul>
 * <li>Camille Martin (the demo member account) holds an ACTIVE contract « Confort »
 * covering her husband and their daughter; on a fresh database it gets the first member
 * number, 1000000016;</li>
 * <li>Lucas Bernard, born 14 March 1992, has no account yet: his ACTIVE contract «
 * Essentielle » gets the second member number, 1000000024, to try the member activation
 * with;</li>
 * <li>the demo employer has a group contract with three affiliates (two active, one in
 * portability after a termination by mutual agreement);</li>
 * <li>the demo guardian service represents two protected adults, each with a
 * contract.</li>
 * </ul>
 */
@Component
// After identity (-100) and people (-50).
@DemoData(id = "contracts-demo-v1", order = -40)
@RequiredArgsConstructor
class ContractsDemoData implements DemoDataContributor {

	private final People people;

	private final IndividualContracts contracts;

	private final GroupContracts groupContracts;

	private final Affiliations affiliations;

	private final Representations representations;

	@Override
	public void seed() {
		individualContracts();
		groupContract();
		protectedAdults();
	}

	private void individualContracts() {
		PersonId thomas = person(Civility.M, "Martin", "Thomas", LocalDate.of(1984, 2, 2), "184027505612389",
				"24 rue Paul Bert", "69003", "Lyon");
		PersonId lea = person(Civility.MME, "Martin", "Léa", LocalDate.of(2016, 5, 20), null, "24 rue Paul Bert",
				"69003", "Lyon");
		LocalDate start = LocalDate.of(2024, 1, 1);
		active(new NewIndividualContract(new PersonId(DemoIds.CAMILLE_MARTIN_PERSON), "confort", start,
				List.of(new NewDependant(thomas, DependantType.SPOUSE, start),
						new NewDependant(lea, DependantType.CHILD, start))));
		PersonId lucas = person(Civility.M, "Bernard", "Lucas", LocalDate.of(1992, 3, 14), "192036926601783",
				"8 avenue Henri Barbusse", "69100", "Villeurbanne");
		active(new NewIndividualContract(lucas, "essentielle", LocalDate.of(2025, 3, 1), List.of()));
	}

	private void groupContract() {
		GroupContract contract = groupContracts.create(new NewGroupContract(DemoIds.EMPLOYER_ORGANISATION,
				List.of("essentielle", "confort"), List.of("cadres", "non-cadres"), LocalDate.of(2023, 1, 1)));
		PersonId julie = person(Civility.MME, "Roux", "Julie", LocalDate.of(1990, 5, 3), "290056926603152",
				"5 rue Francis de Pressensé", "69100", "Villeurbanne");
		PersonId mehdi = person(Civility.M, "Benali", "Mehdi", LocalDate.of(1987, 8, 9), "187086938805409",
				"17 rue Marius Berliet", "69008", "Lyon");
		PersonId sandrine = person(Civility.MME, "Moreau", "Sandrine", LocalDate.of(1978, 1, 21), "278011305509908",
				"3 boulevard Longchamp", "13001", "Marseille");
		affiliations.activate(
				affiliations
					.request(new NewAffiliation(julie, contract.id(), "non-cadres", "essentielle",
							LocalDate.of(2023, 1, 1), LocalDate.of(2019, 9, 1)))
					.id());
		affiliations.activate(affiliations
			.request(new NewAffiliation(mehdi, contract.id(), "cadres", "confort", LocalDate.of(2024, 4, 1), null))
			.id());
		Affiliation leaving = affiliations.request(new NewAffiliation(sandrine, contract.id(), "non-cadres",
				"essentielle", LocalDate.of(2023, 1, 1), LocalDate.of(2022, 6, 15)));
		affiliations.activate(leaving.id());
		affiliations.requestTermination(leaving.id(), LocalDate.of(2026, 9, 30),
				TerminationReason.CONVENTIONAL_TERMINATION);
		affiliations.confirmTermination(leaving.id());
		affiliations.startPortability(leaving.id());
	}

	private void protectedAdults() {
		PersonId gerard = person(Civility.M, "Lambert", "Gérard", LocalDate.of(1948, 7, 11), "148076938104586",
				"Résidence Les Tilleuls, 40 rue Saint-Jean", "69005", "Lyon");
		PersonId monique = person(Civility.MME, "Faure", "Monique", LocalDate.of(1955, 10, 30), "255106912308866",
				"11 place Bellecour", "69002", "Lyon");
		active(new NewIndividualContract(gerard, "serenite", LocalDate.of(2022, 1, 1), List.of()));
		active(new NewIndividualContract(monique, "confort", LocalDate.of(2023, 7, 1), List.of()));
		representations.create(new NewRepresentation(DemoIds.GUARDIAN_ORGANISATION, gerard, ProtectionMeasure.TUTELLE,
				DateRange.of(LocalDate.of(2021, 10, 1), LocalDate.of(2031, 9, 30)), "TJ Lyon, RG 21/04567"));
		representations
			.create(new NewRepresentation(DemoIds.GUARDIAN_ORGANISATION, monique, ProtectionMeasure.CURATELLE_RENFORCEE,
					DateRange.of(LocalDate.of(2023, 3, 15), LocalDate.of(2028, 3, 14)), "TJ Lyon, RG 23/01290"));
	}

	private IndividualContract active(NewIndividualContract contract) {
		return contracts.activate(contracts.open(contract).id());
	}

	private PersonId person(Civility civility, String lastName, String firstNames, LocalDate birthDate,
			@Nullable String nir, String street, String postalCode, String city) {
		return people.register(new NewPerson(PersonName.of(civility, lastName, firstNames), birthDate,
				nir == null ? null : Nir.parse(nir), null, PhoneNumber.parse("04 72 00 00 00"),
				PostalAddress.of(List.of(street), postalCode, city, "FR"),
				birthDate.getYear() > 2005 ? FamilySituation.SINGLE : null, MandatoryScheme.GENERAL, null));
	}

}
