package fr.integrance.employerspace.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;

/** Employers with a group contract, and valid NIRs, for the API and import tests. */
public final class ApiFixtures {

	public static final LocalDate CONTRACT_START = LocalDate.of(2020, 1, 1);

	private ApiFixtures() {
	}

	/** A new employer organisation with a running group contract (cadres, non-cadres). */
	public static UUID employer(GroupContracts groupContracts) {
		UUID organisation = UUID.randomUUID();
		groupContracts.create(new NewGroupContract(organisation, List.of("essentielle", "confort"),
				List.of("cadres", "non-cadres"), CONTRACT_START));
		return organisation;
	}

	/**
	 * A last name made of {@code prefix} and ten random letters (a to p): two names of a
	 * run collide once in 16^10, where six hex characters with their digits replaced
	 * collided once in about 200 pairs (and made an import test flaky).
	 */
	public static String lastName(String prefix) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder name = new StringBuilder(prefix);
		for (int i = 0; i < 10; i++) {
			name.append((char) ('a' + random.nextInt(16)));
		}
		return name.toString();
	}

	/** A checksum-valid NIR of a woman born in that month, unique enough per run. */
	public static String nir(boolean woman, LocalDate birthDate) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first13 = (woman ? "2" : "1")
				+ String.format(Locale.ROOT, "%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue()) + "69"
				+ String.format(Locale.ROOT, "%03d%03d", random.nextInt(1, 999), random.nextInt(1, 999));
		long key = 97 - Long.parseLong(first13) % 97;
		return first13 + String.format(Locale.ROOT, "%02d", key);
	}

	/** The JSON of an enrolment in category cadres, plan confort, from 1 January 2026. */
	public static String enrolmentJson(String lastName) {
		LocalDate birth = LocalDate.of(1985, 6, 14);
		return """
				{"category":"cadres","planCode":"confort","startDate":"2026-01-01","employmentStart":"2025-03-01",
				 "civility":"MME","lastName":"%s","firstNames":"Julie","birthDate":"1985-06-14","nir":"%s",
				 "address":{"line1":"12 rue de la République","postalCode":"69002","city":"Lyon"},
				 "familySituation":"MARRIED","scheme":"GENERAL","schemeFund":"CPAM du Rhône","dependants":[]}
				""".formatted(lastName, nir(true, birth));
	}

}
