package fr.integrance.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.contracts.Affiliations;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.GroupContract;
import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.NewAffiliation;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.BankAccountId;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.Restrictions;
import fr.integrance.testsupport.WebSession;

/**
 * The staff's person search (by name and birth date, by member number, by NIR) and the
 * person's file: French errors next to each field, a limit with advice to narrow the
 * search, every opening journaled with ids only, the NIR kept out of URLs, logs and the
 * SQL sent to the database.
 */
@IdentityIntegrationTest
@Import(SqlCapture.class)
@ExtendWith(OutputCaptureExtension.class)
class PersonFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	PeopleFixtures fixtures;

	Created staff;

	WebSession browser;

	@BeforeEach
	void signIn() {
		fixtures = new PeopleFixtures(context);
		staff = accounts.account(Role.STAFF);
		clock.advance(Duration.ofSeconds(30));
		browser = accounts.signIn(new WebSession(mvc), staff);
	}

	/** A last name no other test uses: a prefix search finds only this test's people. */
	static String uniqueName(String start) {
		StringBuilder name = new StringBuilder(start);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	static Document page(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString());
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	Document search(String query) {
		MockHttpServletResponse response = browser.get("/gestion/personnes?" + query);
		assertThat(response.getStatus()).isEqualTo(200);
		return page(response);
	}

	@Test
	void searchWhenSignedOutThenLoginAndWhenMemberThenDenied() {
		assertThat(new WebSession(mvc).get("/gestion/personnes").getRedirectedUrl()).endsWith("/connexion");
		clock.advance(Duration.ofSeconds(30));
		WebSession member = accounts.signIn(new WebSession(mvc), accounts.account(Role.MEMBER));
		assertThat(member.get("/gestion/personnes").getStatus()).isEqualTo(403);
	}

	@Test
	void searchPageOffersTheThreeWaysAndTheNirIsPosted() {
		Document page = search("");

		assertThat(page.select("form[method=get] input[name=lastName]")).hasSize(1);
		assertThat(page.select("form[method=get] input[name=memberNumber]")).hasSize(1);
		assertThat(page.select("form[method=post][action=/gestion/personnes/recherche-nir] input[name=nir]"))
			.hasSize(1);
		assertThat(page.select("#results-heading")).isEmpty();
	}

	@Test
	void lastNamePrefixMatchesWhateverTheCaseAndAccents() {
		String name = uniqueName("Lévêque");
		PersonId person = fixtures.person(name, "Hélène", LocalDate.of(1970, 3, 4));

		Document page = search("lastName=" + "LEVEQUE" + name.substring(7, 11).toUpperCase());

		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select("tbody tr").text()).contains(name, "Hélène", "04/03/1970", "75011", "Paris");
		assertThat(page.select("tbody a").attr("href")).isEqualTo("/gestion/personnes/" + person.value());
		assertThat(page.select("p[role=status]").text()).contains("1 personne trouvée");
	}

	@Test
	void birthDateNarrowsTheSearchInEitherFormat() {
		String name = uniqueName("Martin");
		fixtures.person(name, "Anne", LocalDate.of(1980, 5, 17));
		fixtures.person(name, "Anne", LocalDate.of(1982, 6, 1));

		assertThat(search("lastName=" + name).select("tbody tr")).hasSize(2);
		assertThat(search("lastName=" + name + "&birthDate=1980-05-17").select("tbody tr").text())
			.contains("17/05/1980")
			.doesNotContain("01/06/1982");
		assertThat(search("lastName=" + name + "&birthDate=17/05/1980").select("tbody tr")).hasSize(1);
	}

	@Test
	void moreMatchesThanTheLimitAskToNarrowTheSearch() {
		String name = uniqueName("Nombreux");
		for (int i = 0; i <= PersonFilesController.RESULT_LIMIT; i++) {
			fixtures.person(name, "Prénom", LocalDate.of(1950, 1, 1).plusDays(i));
		}

		Document page = search("lastName=" + name);

		assertThat(page.select("tbody tr")).hasSize(PersonFilesController.RESULT_LIMIT);
		assertThat(page.select("p.notice[role=status]").text()).contains("Plus de 50 personnes",
				"affinez la recherche");
	}

	@Test
	void nobodyFoundShowsTheEmptyState() {
		Document page = search("lastName=" + uniqueName("Personne"));

		assertThat(page.select("tbody tr")).isEmpty();
		assertThat(page.select(".empty-state").text()).isEqualTo("Aucune personne ne correspond à cette recherche.");
	}

	@Test
	void badNameOrDateIsExplainedNextToTheField() {
		assertThat(search("lastName=a").select("#lastName-error").text())
			.isEqualTo("Saisissez au moins 2 lettres du nom.");
		assertThat(search("lastName=").select("#lastName-error").text())
			.isEqualTo("Saisissez le nom de la personne recherchée.");
		assertThat(search("lastName=dup0nt").select("#lastName-error").text()).contains("que des lettres");
		Document badDate = search("lastName=Dupont&birthDate=31/02/1980");
		assertThat(badDate.select("#birthDate-error").text())
			.isEqualTo("Saisissez une date valide, par exemple 17/05/1980.");
		assertThat(badDate.select(".error-summary li").text()).contains("Saisissez une date valide");
		assertThat(badDate.select("input[name=lastName]").val()).isEqualTo("Dupont");
		assertThat(badDate.select("#results-heading")).isEmpty();
		assertThat(search("lastName=Dupont&birthDate=2999-01-01").select("#birthDate-error").text())
			.contains("doit être passée");
	}

	@Test
	void memberNumberLeadsStraightToTheContract() {
		PersonId member = fixtures.person(uniqueName("Adherent"), "Paul", LocalDate.of(1975, 2, 3));
		IndividualContract contract = fixtures.activeContract(member, LocalDate.of(2025, 1, 1), List.of());
		String number = contract.memberNumber().value();

		MockHttpServletResponse response = browser.get("/gestion/personnes?memberNumber=" + number);

		assertThat(response.getRedirectedUrl()).isEqualTo("/gestion/contrats/" + contract.id().value());
	}

	@Test
	void memberNumberWithAWrongCheckDigitOrUnknownIsExplained() {
		PersonId member = fixtures.person(uniqueName("Adherent"), "Paul", LocalDate.of(1975, 2, 3));
		String number = fixtures.activeContract(member, LocalDate.of(2025, 1, 1), List.of()).memberNumber().value();
		String wrongDigit = number.substring(0, 9) + (char) ('0' + (number.charAt(9) - '0' + 1) % 10);

		assertThat(search("memberNumber=" + wrongDigit).select("#memberNumber-error").text())
			.contains("n’est pas valide", "clé de contrôle");
		assertThat(search("memberNumber=12345").select("#memberNumber-error").text()).contains("n’est pas valide");
		assertThat(search("memberNumber=").select("#memberNumber-error").text())
			.isEqualTo("Saisissez le numéro d’adhérent.");
		assertThat(search("memberNumber=" + unusedMemberNumber()).select("p.notice").text())
			.isEqualTo("Aucun contrat ne porte ce numéro d’adhérent.");
	}

	/**
	 * Ten digits whose last is the Luhn check digit of the first nine, beyond any number
	 * allocated here.
	 */
	static String unusedMemberNumber() {
		String first9 = "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		for (char check = '0'; check <= '9'; check++) {
			if (luhn(first9 + check)) {
				return first9 + check;
			}
		}
		throw new IllegalStateException();
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	@Test
	void nirFindsThePersonThroughAPostAndOpensTheirFile() {
		LocalDate birth = LocalDate.of(1985, 9, 12);
		Nir nir = PeopleFixtures.randomNir(Civility.MME, birth);
		PersonId person = fixtures.person(Civility.MME, uniqueName("Nirette"), "Lise", birth, nir);

		MockHttpServletResponse response = browser.post("/gestion/personnes/recherche-nir", "nir", nir.formatted());

		assertThat(response.getRedirectedUrl()).isEqualTo("/gestion/personnes/" + person.value())
			.doesNotContain(nir.normalised());
	}

	@Test
	void nirWithABadKeyOrUnknownIsExplained() {
		Document badKey = page(browser.post("/gestion/personnes/recherche-nir", "nir", "253072C07300443"));
		assertThat(badKey.select("#nir-error").text()).contains("n’est pas valide", "clé comprise");

		Document blank = page(browser.post("/gestion/personnes/recherche-nir", "nir", ""));
		assertThat(blank.select("#nir-error").text()).isEqualTo("Veuillez saisir le numéro de sécurité sociale.");

		Nir unknown = PeopleFixtures.randomNir(Civility.M, LocalDate.of(1901, 1, 1));
		Document notFound = page(browser.post("/gestion/personnes/recherche-nir", "nir", unknown.normalised()));
		assertThat(notFound.select("p.notice").text()).isEqualTo("Aucune personne n’a ce numéro de sécurité sociale.");
	}

	@Test
	void nirSearchSendsNoPlaintextNirToTheDatabase() {
		LocalDate birth = LocalDate.of(1990, 11, 30);
		Nir nir = PeopleFixtures.randomNir(Civility.M, birth);
		PersonId person = fixtures.person(Civility.M, uniqueName("Index"), "Marc", birth, nir);

		SqlCapture.start();
		MockHttpServletResponse response;
		try {
			response = browser.post("/gestion/personnes/recherche-nir", "nir", nir.formatted());
		}
		finally {
			List<String> sent = SqlCapture.stop();
			assertThat(sent).as("SQL and bound values of the NIR search").isNotEmpty();
			assertThat(sent).noneMatch(text -> text.contains(nir.normalised()) || text.contains(nir.formatted())
					|| text.contains(nir.normalised().substring(0, 13)));
		}
		assertThat(response.getRedirectedUrl()).isEqualTo("/gestion/personnes/" + person.value());
	}

	@Test
	void searchedValuesNeverReachTheLog(CapturedOutput output) {
		LocalDate birth = LocalDate.of(1966, 4, 8);
		Nir nir = PeopleFixtures.randomNir(Civility.MME, birth);
		String name = uniqueName("Discrete");
		fixtures.person(Civility.MME, name, "Inès", birth, nir);

		search("lastName=" + name + "&birthDate=08/04/1966");
		browser.post("/gestion/personnes/recherche-nir", "nir", nir.normalised());
		browser.post("/gestion/personnes/recherche-nir", "nir", "253072C07300443");

		assertThat(output.getAll()).doesNotContain(name, nir.normalised(), nir.formatted(), "253072C07300443");
	}

	@Test
	void personFileShowsTheRecordWithTheNirMaskedAndIsJournaled() {
		LocalDate birth = LocalDate.of(1972, 8, 21);
		Nir nir = PeopleFixtures.randomNir(Civility.MME, birth);
		String name = uniqueName("Fiche");
		PersonId person = fixtures.person(Civility.MME, name, "Claire Marie", birth, nir);
		long before = journalCount(person);

		MockHttpServletResponse response = browser.get("/gestion/personnes/" + person.value());

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = page(response);
		assertThat(page.select("h1").text()).isEqualTo("Mme Claire Marie " + name);
		assertThat(page.text()).contains("21/08/1972", nir.masked(), "12 rue des Lilas", "75011 Paris")
			.doesNotContain(nir.formatted())
			.doesNotContain(nir.normalised());
		assertThat(page.select(".empty-state").text()).contains("Aucun contrat", "Aucun compte bancaire");
		assertThat(journalCount(person)).isEqualTo(before + 1);
		assertThat(jdbc.queryForMap(
				"SELECT actor, object_ref, outcome FROM audit_entry WHERE subject_ref = ? AND action = 'person.read'"
						+ " ORDER BY sequence DESC FETCH FIRST 1 ROWS ONLY",
				"PERSON:" + person.value()))
			.containsEntry("actor", "ACCOUNT:" + staff.id().value())
			.containsEntry("object_ref", "person:" + person.value());
	}

	@Test
	void showingTheFullNirIsAPostJournaledOfItsOwn() {
		LocalDate birth = LocalDate.of(1961, 12, 2);
		Nir nir = PeopleFixtures.randomNir(Civility.M, birth);
		PersonId person = fixtures.person(Civility.M, uniqueName("Complet"), "Jean", birth, nir);

		Document page = page(browser.post("/gestion/personnes/" + person.value() + "/nir"));

		assertThat(page.text()).contains(nir.formatted());
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_ref = ? ORDER BY sequence",
				String.class, "PERSON:" + person.value()))
			.containsSubsequence("person.read", "person.nir-revealed");
		assertThat(browser.postWithoutCsrf("/gestion/personnes/" + person.value() + "/nir").getStatus()).isEqualTo(403);
	}

	@Test
	void personFileListsContractsAsMemberAndAsDependant() {
		String family = uniqueName("Famille");
		PersonId parent = fixtures.person(family, "Sophie", LocalDate.of(1980, 1, 15));
		PersonId child = fixtures.person(family, "Léo", LocalDate.of(2012, 6, 30));
		IndividualContract contract = fixtures.activeContract(parent, LocalDate.of(2025, 3, 1),
				List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2025, 3, 1))));

		Document parentPage = page(browser.get("/gestion/personnes/" + parent.value()));
		Document childPage = page(browser.get("/gestion/personnes/" + child.value()));

		assertThat(parentPage.select("#contracts-heading + div tbody tr").text())
			.contains(contract.memberNumber().value(), "Essentielle", "Adhérent", "01/03/2025", "En cours");
		assertThat(childPage.select("#contracts-heading + div tbody tr").text()).contains("Enfant", "de",
				"Sophie " + family);
		assertThat(childPage.select("a[href=/gestion/personnes/" + parent.value() + "]")).hasSize(1);
		assertThat(childPage.select("a[href=/gestion/contrats/" + contract.id().value() + "]")).hasSize(1);
	}

	@Test
	void personFileListsBankAccountsAffiliationsAndRepresentationsWithoutTheFullIban() {
		PersonId person = fixtures.person(uniqueName("Salarie"), "Nadia", LocalDate.of(1958, 7, 7));
		Iban iban = Iban.parse("FR7630006000011234567890189");
		BankAccountId account = fixtures.people().addBankAccount(person, iban, null, "Nadia Salarie");
		fixtures.people().signMandate(account, LocalDate.of(2025, 2, 1));
		OrganisationId employer = accounts.organisation(OrganisationKind.EMPLOYER);
		GroupContract group = context.getBean(GroupContracts.class)
			.create(new NewGroupContract(employer.value(), List.of(PeopleFixtures.PLAN), List.of("cadres"),
					LocalDate.of(2024, 1, 1)));
		context.getBean(Affiliations.class)
			.request(new NewAffiliation(person, group.id(), "cadres", PeopleFixtures.PLAN, LocalDate.of(2024, 2, 1),
					LocalDate.of(2020, 9, 1)));
		OrganisationId guardian = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		context.getBean(Representations.class)
			.create(new NewRepresentation(guardian.value(), person, ProtectionMeasure.CURATELLE_RENFORCEE,
					DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2099, 12, 31)), "RG 23/00042"));

		Document page = page(browser.get("/gestion/personnes/" + person.value()));

		assertThat(page.select("#bank-heading + div tbody").text()).contains(iban.masked(), "Nadia Salarie",
				"Signé le 01/02/2025");
		assertThat(page.text()).doesNotContain(iban.formatted()).doesNotContain(iban.value());
		assertThat(page.select("#affiliations-heading + div tbody").text()).contains(group.reference(), "Essentielle",
				"cadres", "01/02/2024");
		assertThat(page.select("#representations-heading + div tbody").text()).contains("Curatelle renforcée",
				"01/01/2023", "31/12/2099", "Oui");
	}

	@Test
	void unknownPersonIsNotFound() {
		long entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.read'", Long.class);

		assertThat(browser.get("/gestion/personnes/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(browser.get("/gestion/personnes/pas-un-identifiant").getStatus()).isEqualTo(404);
		assertThat(browser.post("/gestion/personnes/" + UUID.randomUUID() + "/nir").getStatus()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'person.read'", Long.class))
			.isEqualTo(entries);
	}

	@Test
	void aRestrictedPersonsFileShowsTheBanner() {
		PersonId person = fixtures.person(uniqueName("Limite"), "Jeanne", LocalDate.of(1971, 3, 3));
		String path = "/gestion/personnes/" + person.value();
		assertThat(page(browser.get(path)).select("#restriction-banner")).isEmpty();

		Restrictions.restrict(context, person);

		assertThat(page(browser.get(path)).select("#restriction-banner").text().replace('\u00a0', ' '))
			.isEqualTo("Traitement limité (art. 18 RGPD) : consultation seule");
	}

	@Test
	void contractsOfAPersonAreLoadedInOneQueryWhateverTheirNumber() {
		String family = uniqueName("Requetes");
		PersonId child = fixtures.person(family, "Lou", LocalDate.of(2012, 5, 5));
		for (int i = 0; i < 3; i++) {
			PersonId parent = fixtures.person(family, "Parent" + (char) ('a' + i), LocalDate.of(1980, 1, 1 + i));
			fixtures.activeContract(parent, LocalDate.of(2024, 1, 1),
					List.of(new NewDependant(child, DependantType.CHILD, LocalDate.of(2024, 1, 1))));
		}

		SqlCapture.start();
		MockHttpServletResponse response;
		List<String> sent;
		try {
			response = browser.get("/gestion/personnes/" + child.value());
		}
		finally {
			sent = SqlCapture.stop();
		}
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(page(response).select("section[aria-labelledby=contracts-heading] tbody tr")).hasSize(3);
		assertThat(sent.stream()
			.map(text -> text.toLowerCase(java.util.Locale.ROOT))
			.filter(text -> text.startsWith("select") && text.contains("contract_individual")))
			.as("queries reading the contracts: held and covering, with their dependants, in one")
			.hasSize(1);
	}

	long journalCount(PersonId person) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_ref = ? AND action = 'person.read'",
				Long.class, "PERSON:" + person.value());
	}

}
