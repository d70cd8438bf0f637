package fr.integrance.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.people.BankAccountId;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.platform.Bic;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.Civility;
import fr.integrance.platform.DemoData;
import fr.integrance.platform.DemoDataContributor;
import fr.integrance.platform.DemoIds;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.platform.PostalAddress;

/**
 * The person of the demo member account {@code adherent@demo.integrance.fr}, Camille
 * Martin, living in Lyon, with a bank account and a SEPA mandate (embedded profile only,
 * loaded once). Her contract, dependants and the other demo people come from the
 * contracts module's demo data.
 */
@Component
// After identity's accounts (-100), before the contracts that refer to the person (-40).
@DemoData(id = "people-demo-v1", order = -50)
@RequiredArgsConstructor
class PeopleDemoData implements DemoDataContributor {

	private final PersonRepository persons;

	private final People people;

	private final FieldEncryption encryption;

	private final BlindIndex blindIndex;

	private final Clock clock;

	@Override
	public void seed() {
		NewPerson camille = new NewPerson(PersonName.of(Civility.MME, "Martin", "Camille Sophie", "Girard"),
				LocalDate.of(1986, 9, 12), Nir.parse("2 86 09 69 383 042 89"),
				EmailAddress.of("adherent@demo.integrance.fr"), PhoneNumber.parse("06 12 34 56 78"),
				PostalAddress.of(List.of("Appartement 12", "24 rue Paul Bert"), "69003", "Lyon", "FR"),
				FamilySituation.MARRIED, MandatoryScheme.GENERAL, "CPAM du Rhône");
		persons.save(
				PersonEntity.register(DemoIds.CAMILLE_MARTIN_PERSON, camille, clock.instant(), encryption, blindIndex));
		BankAccountId account = people.addBankAccount(new fr.integrance.people.PersonId(DemoIds.CAMILLE_MARTIN_PERSON),
				Iban.parse("FR76 3000 6000 0112 3456 7890 189"), Bic.parse("AGRIFRPP"), "Camille Martin");
		people.signMandate(account, LocalDate.of(2024, 1, 2));
	}

}
