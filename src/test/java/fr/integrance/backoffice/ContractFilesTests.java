package fr.integrance.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditActor;
import fr.integrance.contracts.ContractFiles;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.NewDependant;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.PersonId;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.platform.FrenchDates;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.Restrictions;
import fr.integrance.testsupport.WebSession;

/**
 * The staff's contract page and its actions: what it shows, each read and change
 * journaled, French errors for a missing reason or a bad date, a transition the status
 * forbids answered with a French message rather than a server error, an unknown contract
 * as 404.
 */
@IdentityIntegrationTest
@Import(SqlCapture.class)
class ContractFilesTests {

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

	@Autowired
	ContractFiles files;

	@Autowired
	TransactionTemplate transactions;

	PeopleFixtures fixtures;

	Created staff;

	WebSession browser;

	PersonId member;

	PersonId spouse;

	IndividualContract contract;

	String path;

	@BeforeEach
	void setUp() {
		fixtures = new PeopleFixtures(context);
		staff = accounts.account(Role.STAFF);
		clock.advance(Duration.ofSeconds(30));
		browser = accounts.signIn(new WebSession(mvc), staff);
		String family = PersonFilesTests.uniqueName("Contrat");
		member = fixtures.person(family, "Albert", LocalDate.of(1964, 10, 5));
		spouse = fixtures.person(family, "Berthe", LocalDate.of(1966, 2, 9));
		contract = fixtures.activeContract(member, LocalDate.of(2024, 1, 1),
				List.of(new NewDependant(spouse, DependantType.SPOUSE, LocalDate.of(2024, 1, 1))));
		path = "/gestion/contrats/" + contract.id().value();
	}

	Document get() {
		MockHttpServletResponse response = browser.get(path);
		assertThat(response.getStatus()).isEqualTo(200);
		return PersonFilesTests.page(response);
	}

	List<String> journal() {
		return jdbc.queryForList("SELECT action FROM audit_entry WHERE object_ref = ? ORDER BY sequence", String.class,
				"contract:" + contract.id().value());
	}

	@Test
	void contractPageShowsPlanMemberAndDependantsAndIsJournaled() {
		Document page = get();

		assertThat(page.select("h1").text()).contains(contract.memberNumber().value());
		assertThat(page.select("dl.meta").text()).contains("Essentielle", "En cours", "01/01/2024", "Albert");
		assertThat(page.select("dl.meta a[href=/gestion/personnes/" + member.value() + "]")).hasSize(1);
		assertThat(page.select("#dependants-heading + div tbody tr").text()).contains("Berthe", "Conjoint",
				"09/02/1966");
		assertThat(page.select("a[href=/gestion/personnes/" + spouse.value() + "]")).hasSize(1);
		assertThat(page.text()).doesNotContain("Conservation");
		// One read per person shown: the member and the dependant, whose name and birth
		// date are on the page.
		assertThat(journal()).containsExactly("person.read", "person.read");
		assertThat(jdbc.queryForList("SELECT subject_ref FROM audit_entry WHERE object_ref = ?", String.class,
				"contract:" + contract.id().value()))
			.containsExactlyInAnyOrder("PERSON:" + member.value(), "PERSON:" + spouse.value());
	}

	@Test
	void suspendingNeedsAReasonThenSuspendsAndJournals() {
		Document refused = PersonFilesTests.page(browser.post(path + "/suspension", "reason", "  "));
		assertThat(refused.select("#suspension-reason-error").text()).isEqualTo("Indiquez le motif.");
		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);

		MockHttpServletResponse done = browser.post(path + "/suspension", "reason", "Cotisations impayées");

		assertThat(done.getRedirectedUrl()).isEqualTo(path);
		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.SUSPENDED);
		Document page = get();
		assertThat(page.select(".flash-success").text()).isEqualTo("Le contrat est suspendu.");
		assertThat(page.select("dl.meta").text()).contains("Suspendu");
		assertThat(journal()).contains("contract.suspended");
		assertThat(jdbc.queryForList("SELECT COALESCE(object_ref, '') || COALESCE(purpose, '') FROM audit_entry",
				String.class))
			.noneMatch(text -> text.contains("impayées"));
	}

	@Test
	void suspendedContractResumes() {
		fixtures.contracts().suspend(contract.id(), "Essai");

		assertThat(browser.post(path + "/reprise").getRedirectedUrl()).isEqualTo(path);

		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(journal()).contains("contract.resumed");
	}

	@Test
	void forbiddenTransitionIsAFrenchMessageNotAServerError() {
		MockHttpServletResponse response = browser.post(path + "/reprise");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(PersonFilesTests.page(response).select(".error-summary").text())
			.isEqualTo("Ce contrat ne peut pas être repris : son statut est « En cours ».");
		assertThat(journal()).doesNotContain("contract.resumed");
	}

	@Test
	void terminationShowsTheRetentionDateAndEndsTheActions() {
		MockHttpServletResponse done = browser.post(path + "/resiliation", "endDate", "2026-06-30", "reason",
				"Demande de l’adhérent");

		assertThat(done.getRedirectedUrl()).isEqualTo(path);
		Document page = get();
		assertThat(page.select("dl.meta").text()).contains("Résilié", "30/06/2026", "Conservation", "30/06/2032");
		assertThat(page.select("#actions-heading")).isEmpty();
		assertThat(journal()).contains("contract.terminated");

		Document again = PersonFilesTests.page(browser.post(path + "/suspension", "reason", "Trop tard"));
		assertThat(again.select(".error-summary").text())
			.isEqualTo("Ce contrat ne peut pas être suspendu : son statut est « Résilié ».");
	}

	@Test
	void terminationWithABadDateIsExplainedNextToTheField() {
		Document missing = PersonFilesTests.page(browser.post(path + "/resiliation", "endDate", "", "reason", ""));
		assertThat(missing.select("#termination-end-date-error").text())
			.isEqualTo("Saisissez la date de fin du contrat.");
		assertThat(missing.select("#termination-reason-error").text()).isEqualTo("Indiquez le motif.");

		Document impossible = PersonFilesTests
			.page(browser.post(path + "/resiliation", "endDate", "31/02/2026", "reason", "Motif"));
		assertThat(impossible.select("#termination-end-date-error").text()).contains("Saisissez une date valide");
		assertThat(impossible.select("#termination-reason").text()).isEqualTo("Motif");

		Document beforeStart = PersonFilesTests
			.page(browser.post(path + "/resiliation", "endDate", "2023-12-31", "reason", "Motif"));
		assertThat(beforeStart.select("#termination-end-date-error").text())
			.isEqualTo("La date de fin ne peut pas précéder le début du contrat (01/01/2024).");

		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
	}

	@Test
	void terminationAfterTodayIsRefusedNextToTheField() {
		LocalDate tomorrow = FrenchDates.today(clock).plusDays(1);

		Document refused = PersonFilesTests
			.page(browser.post(path + "/resiliation", "endDate", tomorrow.toString(), "reason", "Motif"));

		assertThat(refused.select("#termination-end-date-error").text())
			.startsWith("La date de fin ne peut pas être postérieure à aujourd’hui")
			.contains("la résiliation s’enregistre une fois effective");
		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(journal()).doesNotContain("contract.terminated");
	}

	@Test
	void aRestrictedMembersContractIsShownWithTheBannerAndNotChanged() {
		Restrictions.restrict(context, member);

		Document page = get();
		assertThat(page.select("#restriction-banner").text().replace('\u00a0', ' '))
			.isEqualTo("Traitement limité (art. 18 RGPD) : consultation seule");
		assertThat(page.select("#actions-heading")).isEmpty();

		for (MockHttpServletResponse response : List.of(browser.post(path + "/suspension", "reason", "Motif"),
				browser.post(path + "/resiliation", "endDate", "2026-01-31", "reason", "Motif"))) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(PersonFilesTests.page(response).select(".error-summary").text())
				.startsWith("Ce contrat ne peut pas être modifié");
		}
		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(journal()).doesNotContain("contract.suspended", "contract.terminated");
	}

	@Test
	void aChangeAndItsJournalEntryCommitOrRollBackTogether() {
		transactions.executeWithoutResult(status -> {
			files.suspend(contract.id(), "Motif", AuditActor.account(staff.id().value()));
			status.setRollbackOnly();
		});

		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(journal()).doesNotContain("contract.suspended");
	}

	@Test
	void unknownContractIsNotFound() {
		String unknown = "/gestion/contrats/" + UUID.randomUUID();

		assertThat(browser.get(unknown).getStatus()).isEqualTo(404);
		assertThat(browser.get("/gestion/contrats/pas-un-identifiant").getStatus()).isEqualTo(404);
		assertThat(browser.post(unknown + "/suspension", "reason", "Motif").getStatus()).isEqualTo(404);
		assertThat(browser.post(unknown + "/reprise").getStatus()).isEqualTo(404);
		assertThat(browser.post(unknown + "/resiliation", "endDate", "2026-01-01", "reason", "Motif").getStatus())
			.isEqualTo(404);
	}

	@Test
	void actionsNeedTheCsrfToken() {
		assertThat(browser.postWithoutCsrf(path + "/suspension", "reason", "Motif").getStatus()).isEqualTo(403);
		assertThat(fixtures.contracts().find(contract.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
	}

}
