package fr.integrance.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;

/**
 * People and individual contracts for tests of the pages that show them: registered
 * through the modules' public API, each with a NIR of its own (valid key, random order
 * number).
 */
public final class PeopleFixtures {

	public static final String PLAN = "essentielle";

	private final People people;

	private final IndividualContracts contracts;

	public PeopleFixtures(ApplicationContext context) {
		this.people = context.getBean(People.class);
		this.contracts = context.getBean(IndividualContracts.class);
	}

	public People people() {
		return people;
	}

	public IndividualContracts contracts() {
		return contracts;
	}

	/**
	 * A valid NIR for someone born in Paris on that date, its order number drawn at
	 * random.
	 */
	public static Nir randomNir(Civility civility, LocalDate birthDate) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first13 = (civility == Civility.MME ? "2" : "1")
				+ String.format("%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue()) + "75"
				+ String.format("%03d%03d", random.nextInt(1, 121), random.nextInt(1, 1000));
		int key = (int) (97 - Long.parseLong(first13) % 97);
		return Nir.parse(first13 + String.format("%02d", key));
	}

	public PersonId person(Civility civility, String lastName, String firstNames, LocalDate birthDate, Nir nir) {
		PostalAddress address = PostalAddress.french(List.of("12 rue des Lilas"), PostalCode.of("75011"), "Paris");
		return people.register(new NewPerson(PersonName.of(civility, lastName, firstNames), birthDate, nir, null, null,
				address, null, null, null));
	}

	/**
	 * A person with a random NIR; drawn again when it is already someone's (about 120,000
	 * NIRs per birth month: contexts that register many people born the same month can
	 * draw one twice).
	 */
	public PersonId person(String lastName, String firstNames, LocalDate birthDate) {
		for (int attempt = 1;; attempt++) {
			try {
				return person(Civility.MME, lastName, firstNames, birthDate, randomNir(Civility.MME, birthDate));
			}
			catch (fr.integrance.people.NirAlreadyRegisteredException taken) {
				if (attempt == 5) {
					throw taken;
				}
			}
		}
	}

	/** An active contract of the essential plan, started on {@code start}. */
	public IndividualContract activeContract(PersonId member, LocalDate start, List<NewDependant> dependants) {
		IndividualContract opened = contracts.open(new NewIndividualContract(member, PLAN, start, dependants));
		return contracts.activate(opened.id());
	}

}
