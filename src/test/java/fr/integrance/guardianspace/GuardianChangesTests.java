package fr.integrance.guardianspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.IntegrationTest;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Housing;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.ProtectedAdultCare;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FrenchDates;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The changes an agent asks for a protected adult, each a case staff accept: a plan at
 * the contract's next anniversary (the contract shows it from that day, clock moved), the
 * address and the housing, the end of the representation on the end of the measure (the
 * organisation loses the adult the next day) and on a death (the contract ends too).
 * Another organisation's agent gets 404 and nothing is sent. Its own context: it moves
 * the clock.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class GuardianChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	Representations representations;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	PlanCatalogue catalogue;

	@Autowired
	ProtectedAdultCare care;

	@Autowired
	Cases cases;

	@Autowired
	JdbcTemplate jdbc;

	PeopleFixtures people;

	OrganisationId organisation;

	WebSession agent;

	UUID staff;

	@BeforeEach
	void setUp() {
		people = new PeopleFixtures(context);
		organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		agent = signIn(accounts.account(Role.GUARDIAN_AGENT, organisation, false));
		staff = accounts.account(Role.STAFF).id().value();
	}

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	LocalDate today() {
		return FrenchDates.today(clock);
	}

	PersonId adultWithContract(String lastName) {
		PersonId adult = people.person(lastName, "Jeanne", LocalDate.of(1944, 3, 3));
		representations.create(new NewRepresentation(organisation.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.from(today().minusYears(2)), "RG 24/0001"));
		people.activeContract(adult, today().minusYears(1).minusMonths(2), List.of());
		return adult;
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Takes and accepts the adult's latest GUARDIAN_CHANGE case. */
	void accept(PersonId adult) {
		CaseId id = new CaseId(jdbc.queryForObject(
				"SELECT id FROM request_case WHERE request_type = 'GUARDIAN_CHANGE' AND payload LIKE ?"
						+ " AND status = 'SUBMITTED' ORDER BY submitted_at DESC FETCH FIRST 1 ROWS ONLY",
				UUID.class, "%" + adult.value() + "%"));
		cases.take(id, staff);
		cases.accept(id, staff, Acceptance.withAnswer("Vu"));
	}

	@Test
	void aChangeOfPlanTakesEffectOnTheNextAnniversary() throws Exception {
		PersonId adult = adultWithContract("Formule");
		IndividualContract contract = contracts.ofPerson(adult).get(0);
		String newPlan = catalogue.plans()
			.stream()
			.map(PlanCatalogue.Plan::code)
			.filter(code -> !code.equals(contract.planCode()))
			.findFirst()
			.orElseThrow();
		String base = "/itutelle/majeurs/" + adult.value() + "/modifications";
		assertThat(page(agent.get(base)).text()).contains("prochaine date anniversaire");
		assertThat(agent.post(base + "/formule", "planCode", newPlan).getRedirectedUrl()).isEqualTo(base);
		assertThat(contracts.scheduledPlanChange(contract.id())).isEmpty();

		accept(adult);
		LocalDate anniversary = contract.startDate().plusYears(2);
		assertThat(contracts.scheduledPlanChange(contract.id())).hasValueSatisfying(change -> {
			assertThat(change.planCode()).isEqualTo(newPlan);
			assertThat(change.from()).isEqualTo(anniversary);
		});
		assertThat(contracts.find(contract.id()).orElseThrow().planCode()).isEqualTo(contract.planCode());
		clock.advance(Period.ofMonths(11));
		assertThat(contracts.find(contract.id()).orElseThrow().planCode()).isEqualTo(newPlan);
	}

	@Test
	void addressAndHousingChangeOnAcceptance() throws Exception {
		PersonId adult = adultWithContract("Adresse");
		String base = "/itutelle/majeurs/" + adult.value() + "/modifications";
		Document refused = page(agent.post(base + "/adresse", "housing", "RESIDENCE"));
		assertThat(refused.select("#establishment-error").text()).contains("Indiquez le nom de l’établissement");
		assertThat(agent
			.post(base + "/adresse", "addressLine1", "5 place Bellecour", "postalCode", "69002", "city", "Lyon",
					"housing", "RESIDENCE", "establishment", "Résidence Les Lilas")
			.getRedirectedUrl()).isEqualTo(base);

		accept(adult);
		assertThat(people.people().find(adult).orElseThrow().address().lines()).containsExactly("5 place Bellecour");
		assertThat(care.housing(adult)).hasValueSatisfying(housing -> {
			assertThat(housing.housing()).isEqualTo(Housing.RESIDENCE);
			assertThat(housing.establishment()).isEqualTo("Résidence Les Lilas");
		});
	}

	@Test
	void theEndOfTheMeasureEndsAccessTheNextDayAndADeathEndsTheContract() throws Exception {
		PersonId ended = adultWithContract("Mainlevée");
		PersonId deceased = adultWithContract("Décès");
		String endedBase = "/itutelle/majeurs/" + ended.value() + "/modifications";
		String deceasedBase = "/itutelle/majeurs/" + deceased.value() + "/modifications";
		Document future = page(
				agent.post(endedBase + "/fin", "reason", "END_OF_MEASURE", "lastDay", today().plusDays(3).toString()));
		assertThat(future.select("#lastDay-error").text()).contains("aujourd’hui ou une date passée");
		assertThat(agent.post(endedBase + "/fin", "reason", "END_OF_MEASURE", "lastDay", today().toString())
			.getRedirectedUrl()).isEqualTo(endedBase);
		assertThat(agent.post(deceasedBase + "/fin", "reason", "DEATH", "lastDay", today().minusDays(1).toString())
			.getRedirectedUrl()).isEqualTo(deceasedBase);

		WebSession stranger = signIn(
				accounts.account(Role.GUARDIAN_AGENT, accounts.organisation(OrganisationKind.GUARDIAN_SERVICE), false));
		assertThat(stranger.post(endedBase + "/fin", "reason", "DEATH", "lastDay", today().toString()).getStatus())
			.isEqualTo(404);
		assertThat(stranger.get(deceasedBase).getStatus()).isEqualTo(404);

		accept(ended);
		accept(deceased);
		assertThat(agent.get("/itutelle/majeurs/" + ended.value()).getStatus()).isEqualTo(200);
		assertThat(agent.get("/itutelle/majeurs/" + deceased.value()).getStatus()).isEqualTo(404);
		assertThat(contracts.ofPerson(deceased).get(0).status()).isEqualTo(ContractStatus.TERMINATED);
		assertThat(contracts.ofPerson(ended).get(0).status()).isEqualTo(ContractStatus.ACTIVE);
		clock.advance(Duration.ofDays(1));
		assertThat(signIn(accounts.account(Role.GUARDIAN_AGENT, organisation, false))
			.get("/itutelle/majeurs/" + ended.value())
			.getStatus()).isEqualTo(404);
	}

}
