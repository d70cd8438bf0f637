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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import fr.integrance.IntegrationTest;
import fr.integrance.audit.JournalQuery;
import fr.integrance.audit.JournalRecord;
import fr.integrance.audit.JournalSearch;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representation;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;
import fr.integrance.testsupport.Mailbox;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * iTutelle's protected adults over MockMvc, with two organisations: the list (search,
 * filters, sort, pages, nobody else's adults), an adult's file (journaled, the
 * administrator's list of openings), 404 for another organisation's adult or an unknown
 * id, and the lapse of a measure with the clock moved (alerts at 90, 30 and 7 days, each
 * once; access ends the day after the end unless renewed). Its own context: it moves the
 * clock by months.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "app.guardian.lapse-cron=0 15 6 * * *")
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class ProtectedAdultPagesTests {

	static final String LIST = "/itutelle/majeurs";

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
	MeasureLapseAlerts lapseAlerts;

	@Autowired
	JournalSearch journal;

	@Autowired
	GreenMail smtp;

	PeopleFixtures people;

	Mailbox mailbox;

	@BeforeEach
	void setUp() {
		people = new PeopleFixtures(context);
		mailbox = new Mailbox(smtp, () -> OutboxDelivery.deliverDue(context));
	}

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	LocalDate today() {
		return FrenchDates.today(clock);
	}

	PersonId represented(OrganisationId organisation, String lastName, String firstNames, ProtectionMeasure measure,
			DateRange validity) {
		PersonId adult = people.person(lastName, firstNames, LocalDate.of(1950, 1, 1));
		representations.create(new NewRepresentation(organisation.value(), adult, measure, validity, "RG 26/0042"));
		return adult;
	}

	static List<String> names(Document page) {
		return page.select("table.adults tbody tr td:first-child a").eachText();
	}

	@Test
	void agentListsAllTheOrganisationsAdultsAndNobodyElses() throws Exception {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		OrganisationId other = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		LocalDate start = today().minusYears(1);
		represented(mine, "Lambertin", "Gérard", ProtectionMeasure.TUTELLE, DateRange.of(start, today().plusDays(40)));
		represented(mine, "Faurel", "Monique", ProtectionMeasure.CURATELLE_RENFORCEE, DateRange.from(start));
		represented(mine, "Zédé", "Anne", ProtectionMeasure.SAUVEGARDE_JUSTICE,
				DateRange.of(start, today().plusDays(100)));
		for (int i = 0; i < 20; i++) {
			represented(mine, "Remplissage", "Prénom " + (char) ('A' + i), ProtectionMeasure.CURATELLE_SIMPLE,
					DateRange.from(start));
		}
		represented(mine, "Ancien", "Lapsed", ProtectionMeasure.TUTELLE, DateRange.of(start, today().minusDays(1)));
		represented(other, "Étranger", "Paul", ProtectionMeasure.TUTELLE, DateRange.from(start));

		WebSession agent = signIn(accounts.account(Role.GUARDIAN_AGENT, mine, false));
		Document first = page(agent.get(LIST));
		assertThat(first.select("h1").text()).isEqualTo("Majeurs protégés");
		assertThat(first.select("p.hint").text()).isEqualTo("23 majeurs, page 1 sur 2");
		assertThat(names(first)).hasSize(20).startsWith("Monique Faurel", "Gérard Lambertin");
		assertThat(first.select("table.adults").text()).doesNotContain("Étranger", "Lapsed");
		assertThat(first.select("a[rel=next]").attr("href")).contains("page=2");
		assertThat(names(page(agent.get(LIST + "?page=2")))).hasSize(3).endsWith("Anne Zédé");

		assertThat(names(page(agent.get(LIST + "?q=GERARD")))).containsExactly("Gérard Lambertin");
		assertThat(names(page(agent.get(LIST + "?q=lambertin gérard")))).containsExactly("Gérard Lambertin");
		assertThat(names(page(agent.get(LIST + "?mesure=TUTELLE")))).containsExactly("Gérard Lambertin");
		Document soon = page(agent.get(LIST + "?echeance=proche"));
		assertThat(names(soon)).containsExactly("Gérard Lambertin");
		assertThat(soon.select("table.adults .ending-soon").text()).isEqualTo("Prend fin bientôt");
		assertThat(soon.select("#echeance").hasAttr("checked")).isTrue();
		assertThat(names(page(agent.get(LIST + "?tri=echeance")))).startsWith("Gérard Lambertin", "Anne Zédé");
		Document none = page(agent.get(LIST + "?q=personne&mesure=TUTELLE"));
		assertThat(none.select(".empty-state").text()).contains("Aucun majeur ne correspond");
		assertThat(page(agent.get(LIST + "?page=abc&mesure=PAS_UNE_MESURE&tri=x")).select("p.hint").text())
			.isEqualTo("23 majeurs, page 1 sur 2");
		assertThat(page(agent.get(LIST + "?lang=en")).select("h1").text()).isEqualTo("Protected adults");
		agent.get(LIST + "?lang=fr");

		Document home = page(agent.get("/itutelle"));
		assertThat(home.select(".lapse-notices li").text()).contains("La mesure de Gérard Lambertin prend fin le");
		assertThat(home.select(".lapse-notices li").text()).doesNotContain("Zédé");

		WebSession otherAgent = signIn(accounts.account(Role.GUARDIAN_AGENT, other, true));
		assertThat(names(page(otherAgent.get(LIST)))).containsExactly("Paul Étranger");
	}

	@Test
	void anOpeningOfAnAdultsFileIsJournaledAndTheAdministratorSeesIt() throws Exception {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		OrganisationId other = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		LocalDate start = today().minusYears(1);
		PersonId adult = represented(mine, "Dossier", "Gérard", ProtectionMeasure.CURATELLE_RENFORCEE,
				DateRange.of(start, today().plusYears(2)));
		PersonId foreign = represented(other, "Autrui", "Paul", ProtectionMeasure.TUTELLE, DateRange.from(start));
		people.people()
			.addBankAccount(adult, Iban.parse("FR7630006000011234567890189"), Bic.parse("AGRIFRPP"), "Gérard Dossier");
		people.activeContract(adult, start, List.of());

		Created agentAccount = accounts.account(Role.GUARDIAN_AGENT, mine, false);
		WebSession agent = signIn(agentAccount);
		String path = LIST + "/" + adult.value();
		Document file = page(agent.get(path));
		assertThat(file.select("h1").text()).isEqualTo("Gérard Dossier");
		String text = file.text();
		assertThat(text).contains("Curatelle renforcée", "RG 26/0042", "FR76 **** ",
				"Espace de documents de Gérard Dossier", "Numéro d’adhérent");
		assertThat(text).doesNotContain("FR7630006000011234567890189", "1234 5678 9018");
		String nir = people.people().find(adult).orElseThrow().nir().normalised();
		assertThat(text).doesNotContain(nir).contains(nir.substring(nir.length() - 2));
		assertThat(file.select("a[href$=/documents]").attr("href")).isEqualTo(path + "/documents");

		List<JournalRecord> entries = journal
			.search(new JournalQuery("PERSON:" + adult.value(), null, "person.read", null, null, null, 10))
			.entries();
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.actorRef()).isEqualTo("ACCOUNT:" + agentAccount.id().value());
			assertThat(entry.objectRef()).isEqualTo("guardian-organisation:" + mine.value());
			assertThat(entry.purpose()).isEqualTo("itutelle");
		});

		assertThat(agent.get(LIST + "/" + foreign.value()).getStatus()).isEqualTo(404);
		assertThat(agent.get(LIST + "/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(agent.get(LIST + "/pas-un-id").getStatus()).isEqualTo(404);
		assertThat(agent.get("/itutelle/agents/consultations").getStatus()).isEqualTo(403);

		WebSession administrator = signIn(accounts.account(Role.GUARDIAN_AGENT, mine, true));
		Document openings = page(administrator.get("/itutelle/agents/consultations"));
		assertThat(openings.select("table.openings tbody tr")).hasSize(1);
		assertThat(openings.select("table.openings tbody td:nth-child(3)").text()).isEqualTo("Gérard Dossier");
		assertThat(openings.select("table.openings tbody td:nth-child(2)").text()).isNotBlank().isNotEqualTo("—");
		assertThat(page(administrator.get(path)).select("h1").text()).isEqualTo("Gérard Dossier");
		assertThat(page(administrator.get("/itutelle/agents/consultations")).select("table.openings tbody tr"))
			.hasSize(2);

		WebSession otherAdministrator = signIn(accounts.account(Role.GUARDIAN_AGENT, other, true));
		assertThat(page(otherAdministrator.get("/itutelle/agents/consultations")).select(".empty-state").text())
			.isEqualTo("Aucun dossier n’a encore été consulté.");
		assertThat(otherAdministrator.get(path).getStatus()).isEqualTo(404);
	}

	@Test
	void agentsAreAlertedBeforeAMeasureEndsAndAccessEndsTheDayAfterUnlessRenewed() throws Exception {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		Created agentAccount = accounts.account(Role.GUARDIAN_AGENT, mine, false);
		LocalDate end = today().plusDays(95);
		PersonId lapsing = represented(mine, "Échéance", "Louise", ProtectionMeasure.TUTELLE,
				DateRange.of(today().minusYears(1), end));
		PersonId renewed = represented(mine, "Renouvelé", "Marc", ProtectionMeasure.CURATELLE_SIMPLE,
				DateRange.of(today().minusYears(1), end));

		lapseAlerts.sendDue();
		assertThat(alertsTo(agentAccount)).isZero();

		clock.advance(Period.ofDays(5)); // 90 days left
		lapseAlerts.sendDue();
		assertThat(lapseAlerts.sendDue()).isZero();
		String body = Mailbox.body(mailbox.awaitMessage(agentAccount.login(), 2));
		assertThat(body).contains("prend fin le", "(dans 90 jours)", "/itutelle/majeurs/")
			.doesNotContain("Échéance", "Louise", "Renouvelé");
		assertThat(alertsTo(agentAccount)).isEqualTo(2);
		clock.advance(Period.ofDays(1));
		lapseAlerts.sendDue();
		assertThat(alertsTo(agentAccount)).isEqualTo(2);

		clock.advance(Period.ofDays(59)); // 30 days left
		lapseAlerts.sendDue();
		assertThat(lapseAlerts.sendDue()).isZero();
		assertThat(Mailbox.body(mailbox.awaitMessage(agentAccount.login(), 4))).contains("(dans 30 jours)");
		assertThat(alertsTo(agentAccount)).isEqualTo(4);

		Representation toRenew = representations.ofPerson(renewed).get(0);
		representations.renew(toRenew.id(), ProtectionMeasure.CURATELLE_SIMPLE,
				DateRange.of(toRenew.validity().start(), end.plusYears(5)), "RG 26/0099");

		clock.advance(Period.ofDays(23)); // 7 days left, for the measure not renewed
		lapseAlerts.sendDue();
		assertThat(lapseAlerts.sendDue()).isZero();
		assertThat(Mailbox.body(mailbox.awaitMessage(agentAccount.login(), 5))).contains("(dans 7 jours)");
		assertThat(alertsTo(agentAccount)).isEqualTo(5);

		clock.advance(Period.ofDays(7)); // the last day: still represented
		WebSession agent = signIn(agentAccount);
		assertThat(agent.get(LIST + "/" + lapsing.value()).getStatus()).isEqualTo(200);
		assertThat(names(page(agent.get(LIST)))).containsExactlyInAnyOrder("Louise Échéance", "Marc Renouvelé");

		clock.advance(Period.ofDays(1)); // the day after: access ends by itself
		agent = signIn(agentAccount);
		assertThat(agent.get(LIST + "/" + lapsing.value()).getStatus()).isEqualTo(404);
		assertThat(agent.get(LIST + "/" + lapsing.value() + "/documents").getStatus()).isEqualTo(404);
		assertThat(names(page(agent.get(LIST)))).containsExactly("Marc Renouvelé");
		assertThat(agent.get(LIST + "/" + renewed.value()).getStatus()).isEqualTo(200);
		lapseAlerts.sendDue();
		assertThat(alertsTo(agentAccount)).isEqualTo(5);

		WebSession staff = signIn(accounts.account(Role.STAFF));
		Document lapsed = page(staff.get("/gestion/mesures-echues"));
		assertThat(lapsed.select("table.lapsed").text()).contains("Louise Échéance", "Tutelle")
			.doesNotContain("Marc Renouvelé");
		assertThat(lapsed.select("table.lapsed a[href=/gestion/personnes/" + lapsing.value() + "]")).hasSize(1);
	}

	int alertsTo(Created agent) {
		return mailbox.messagesTo(agent.login()).size();
	}

	@Test
	void theAlertThresholdIsTheNearestReached() {
		assertThat(MeasureLapseAlerts.threshold(90)).isEqualTo(90);
		assertThat(MeasureLapseAlerts.threshold(31)).isEqualTo(90);
		assertThat(MeasureLapseAlerts.threshold(30)).isEqualTo(30);
		assertThat(MeasureLapseAlerts.threshold(8)).isEqualTo(30);
		assertThat(MeasureLapseAlerts.threshold(7)).isEqualTo(7);
		assertThat(MeasureLapseAlerts.threshold(0)).isEqualTo(7);
	}

}
