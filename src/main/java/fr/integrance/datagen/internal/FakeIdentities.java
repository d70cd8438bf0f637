package fr.integrance.datagen.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import fr.integrance.people.NameKey;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Iban;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.Nir;
import fr.integrance.platform.Siren;

/**
 * Fake French identities: common names, addresses in real towns, and identifiers that
 * pass their checks — NIRs with their key (consistent with sex and birth month, unique
 * per serial), French IBANs with a valid RIB key and IBAN check digits, SIRENs with their
 * Luhn digit. None belongs to anyone: the NIR communes and orders, the account numbers
 * and the SIRENs are drawn, not looked up.
 */
final class FakeIdentities {

	static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
			"Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand",
			"Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller",
			"Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François",
			"Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
			"Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer",
			"Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
			"Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal",
			"Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
			"Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume",
			"Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis",
			"Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein",
			"Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault",
			"Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez",
			"Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux",
			"Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier",
			"Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier",
			"Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
			"Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud",
			"Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay",
			"Pasquier", "Carlier", "Laporte", "N’Diaye", "Haddad", "Benali", "Nguyen", "Traoré", "Diallo", "Cohen");

	static final List<String> FEMALE_FIRST_NAMES = List.of("Marie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès",
			"Sarah", "Julie", "Laura", "Anne", "Sophie", "Isabelle", "Nathalie", "Catherine", "Christine", "Sylvie",
			"Valérie", "Sandrine", "Céline", "Aurélie", "Émilie", "Claire", "Hélène", "Lucie", "Zoé", "Jade", "Louise",
			"Alice", "Lina", "Rose", "Anna", "Mila", "Ambre", "Juliette", "Margaux", "Pauline", "Élodie", "Mathilde",
			"Agathe", "Yasmine", "Fatoumata", "Françoise", "Monique", "Jacqueline", "Geneviève", "Anne-Sophie",
			"Marie-Claire", "Océane", "Maëlle");

	static final List<String> MALE_FIRST_NAMES = List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas",
			"Christophe", "Patrick", "Julien", "Thomas", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Léo",
			"Raphaël", "Adam", "Nathan", "Théo", "Mathis", "Antoine", "Maxime", "Alexandre", "Sébastien", "Olivier",
			"Laurent", "Stéphane", "Frédéric", "David", "Éric", "Franck", "Guillaume", "Romain", "Bruno", "Karim",
			"Mamadou", "Mohamed", "Yanis", "Noah", "Ethan", "Paul", "Victor", "Benoît", "Jérôme", "Jean-Pierre",
			"Jean-Luc", "François", "Gaël");

	/** A town: its postal code, its name and its department code (as in a NIR). */
	record Town(String postalCode, String city, String department) {
	}

	static final List<Town> TOWNS = List.of(new Town("69003", "Lyon", "69"), new Town("75011", "Paris", "75"),
			new Town("75015", "Paris", "75"), new Town("13005", "Marseille", "13"), new Town("31000", "Toulouse", "31"),
			new Town("06000", "Nice", "06"), new Town("44000", "Nantes", "44"), new Town("67000", "Strasbourg", "67"),
			new Town("34000", "Montpellier", "34"), new Town("33000", "Bordeaux", "33"),
			new Town("59000", "Lille", "59"), new Town("35000", "Rennes", "35"), new Town("51100", "Reims", "51"),
			new Town("42000", "Saint-Étienne", "42"), new Town("83000", "Toulon", "83"),
			new Town("38000", "Grenoble", "38"), new Town("21000", "Dijon", "21"), new Town("49000", "Angers", "49"),
			new Town("30000", "Nîmes", "30"), new Town("69100", "Villeurbanne", "69"),
			new Town("63000", "Clermont-Ferrand", "63"), new Town("72000", "Le Mans", "72"),
			new Town("13100", "Aix-en-Provence", "13"), new Town("29200", "Brest", "29"),
			new Town("37000", "Tours", "37"), new Town("80000", "Amiens", "80"), new Town("87000", "Limoges", "87"),
			new Town("74000", "Annecy", "74"), new Town("66000", "Perpignan", "66"), new Town("57000", "Metz", "57"),
			new Town("25000", "Besançon", "25"), new Town("45000", "Orléans", "45"),
			new Town("68100", "Mulhouse", "68"), new Town("76000", "Rouen", "76"), new Town("14000", "Caen", "14"),
			new Town("54000", "Nancy", "54"), new Town("20000", "Ajaccio", "2A"), new Town("20200", "Bastia", "2B"),
			new Town("97400", "Saint-Denis", "97"), new Town("64000", "Pau", "64"));

	static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "rue Victor Hugo",
			"boulevard Gambetta", "rue Pasteur", "place de la Mairie", "rue des Lilas", "chemin des Vignes",
			"allée des Tilleuls", "rue du Moulin", "avenue de la Gare", "rue Émile Zola", "impasse des Acacias",
			"rue Nationale", "quai Saint-Vincent", "rue de la Paix", "cours Lafayette", "rue du Général de Gaulle");

	/** Department codes that a NIR may carry, Corsica as 2A and 2B. */
	private static final List<String> NIR_DEPARTMENTS;

	static {
		java.util.ArrayList<String> departments = new java.util.ArrayList<>();
		for (int d = 1; d <= 95; d++) {
			if (d != 20) {
				departments.add(String.format(Locale.ROOT, "%02d", d));
			}
		}
		departments.add("2A");
		departments.add("2B");
		NIR_DEPARTMENTS = List.copyOf(departments);
	}

	/** Bank codes of large French banks and the BIC of their head office. */
	private static final String[][] BANKS = { { "30004", "BNPAFRPPXXX" }, { "30003", "SOGEFRPPXXX" },
			{ "20041", "PSSTFRPPPAR" }, { "30002", "CRLYFRPPXXX" }, { "10278", "CMCIFR2AXXX" },
			{ "10907", "CCBPFRPPBDX" }, { "30066", "CMCIFRPPXXX" } };

	private FakeIdentities() {
	}

	static String pick(SplittableRandom random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A birth date between the two ages (in whole years) on {@code today}. */
	static LocalDate birthDate(SplittableRandom random, LocalDate today, int minAge, int maxAge) {
		LocalDate latest = today.minusYears(minAge);
		LocalDate earliest = today.minusYears(maxAge + 1L).plusDays(1);
		long span = latest.toEpochDay() - earliest.toEpochDay();
		return LocalDate.ofEpochDay(earliest.toEpochDay() + (span <= 0 ? 0 : random.nextLong(span + 1)));
	}

	/**
	 * A NIR for a person of that sex born that month, unique for each {@code serial}
	 * below about 94 million: the serial chooses the department, the commune and the
	 * order number.
	 */
	static Nir nir(long serial, Civility civility, LocalDate birthDate) {
		String department = NIR_DEPARTMENTS.get((int) (serial / 999 % NIR_DEPARTMENTS.size()));
		long commune = 1 + serial / (999L * NIR_DEPARTMENTS.size()) % 990;
		long order = 1 + serial % 999;
		String body = (civility == Civility.M ? "1" : "2")
				+ String.format(Locale.ROOT, "%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue())
				+ department + String.format(Locale.ROOT, "%03d%03d", commune, order);
		String numeric = body.replace("2A", "19").replace("2B", "18");
		long key = 97 - Long.parseLong(numeric) % 97;
		return Nir.parse(body + String.format(Locale.ROOT, "%02d", key));
	}

	/**
	 * A bank account: a French IBAN (valid RIB key and check digits) and its bank's BIC.
	 */
	record BankDetails(Iban iban, String bic) {
	}

	static BankDetails bankAccount(SplittableRandom random) {
		String[] bank = BANKS[random.nextInt(BANKS.length)];
		String branch = String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
		String account = String.format(Locale.ROOT, "%011d", random.nextLong(100_000_000_000L));
		long ribKey = 97
				- (89 * Long.parseLong(bank[0]) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account)) % 97;
		String bban = bank[0] + branch + account + String.format(Locale.ROOT, "%02d", ribKey);
		// ISO 13616: BBAN, then the country code as digits (F = 15, R = 27) and 00,
		// modulo 97.
		int remainder = new BigInteger(bban + "152700").mod(BigInteger.valueOf(97)).intValue();
		String iban = "FR" + String.format(Locale.ROOT, "%02d", 98 - remainder) + bban;
		return new BankDetails(Iban.parse(iban), bank[1]);
	}

	/** A SIREN: eight drawn digits and the Luhn digit that makes it valid. */
	static Siren siren(SplittableRandom random) {
		String body = String.format(Locale.ROOT, "%08d", 10_000_000 + random.nextInt(89_999_999));
		for (int digit = 0; digit <= 9; digit++) {
			try {
				return Siren.of(body + digit);
			}
			catch (InvalidValueException ex) {
				// not this digit
			}
		}
		throw new IllegalStateException("No Luhn digit for " + body);
	}

	/**
	 * A mobile number in E.164, from allocated 06 and 07 ranges (06 0x–2x, 4x–8x; 07
	 * 3x–9x).
	 */
	static String mobile(SplittableRandom random) {
		String prefix = random.nextBoolean() ? "6" + "01245678".charAt(random.nextInt(8))
				: "7" + (3 + random.nextInt(7));
		return "+33" + prefix + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
	}

	/**
	 * An address at a domain reserved for examples (RFC 2606), which never receives mail.
	 */
	static String email(String firstNames, String lastName, long serial) {
		String local = NameKey.of(firstNames).value().toLowerCase(Locale.ROOT) + "."
				+ NameKey.of(lastName).value().toLowerCase(Locale.ROOT);
		return local + "." + serial + "@example.org";
	}

}
