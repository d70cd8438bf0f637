package fr.integrance.rights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;
import fr.integrance.rights.IdentityState;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestView;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The rights intake of the signed-in spaces: a member exercises a right from iAdhérent,
 * verified by the session (no confirmation link, in progress at once); a guardian agent
 * files one for a protected adult their organisation represents, recorded as made on
 * their behalf, and reaches no other adult (404); errors in French beside the fields.
 */
@IdentityIntegrationTest
class SignedInRightsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	RightsDesk desk;

	@Autowired
	Representations representations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberExercisesARightSignedInWithoutConfirmationLink() throws Exception {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId person = fixtures.person("Droits", "Mireille", LocalDate.of(1979, 6, 21));
		String onFile = "membre-" + UUID.randomUUID() + "@example.fr";
		fixtures.people().changeContact(person, EmailAddress.of(onFile), null);
		WebSession member = signIn(accounts.member(person.value()));

		assertThat(page(member.get("/iadherent")).select("a[href='/iadherent/mes-droits']")).hasSize(1);
		Document form = page(member.get("/iadherent/mes-droits"));
		assertThat(form.select("h1").text()).isEqualTo("Exercer un droit sur mes données");
		assertThat(form.select("input[name=rightId]")).hasSizeGreaterThan(5);
		assertThat(form.text()).contains("aucune pièce d’identité ni confirmation par courriel");

		MockHttpServletResponse refused = member.post("/iadherent/mes-droits", "rightId", "", "scope", "inconnu",
				"message", "Mon adresse a changé");
		assertThat(refused.getStatus()).isEqualTo(200);
		Document errors = page(refused);
		assertThat(errors.title()).startsWith("Erreur");
		assertThat(errors.select("#rightId-error").text()).contains("Choisissez le droit que vous exercez.");
		assertThat(errors.select("#scope-error").text()).contains("Choisissez les données");
		assertThat(errors.select("#message").text()).isEqualTo("Mon adresse a changé");
		assertThat(errors.select(".error-summary a[href='#rightId']")).hasSize(1);

		MockHttpServletResponse sent = member.post("/iadherent/mes-droits", "rightId", "rectification", "scope", "all",
				"message", "Mon adresse a changé");
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/iadherent/mes-droits/envoyee");
		Document done = page(member.get(sent.getRedirectedUrl()));
		String reference = done.select(".reference").text();
		assertThat(reference).matches("DDR-\\d{4}-\\d{6}");
		assertThat(done.text()).contains("déjà en cours de traitement");

		RightsRequestView request = request(reference, RightsChannel.MEMBER_SPACE);
		assertThat(request.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(request.identity()).isEqualTo(IdentityState.VERIFIED_SESSION);
		assertThat(request.subjectRef()).isEqualTo("PERSON:" + person.value());
		assertThat(request.onBehalf()).isFalse();
		assertThat(request.requesterEmail()).isEqualTo(onFile);
		assertThat(request.message()).isEqualTo("Mon adresse a changé");
		assertThat(OutboxDelivery.awaitMailsTo(context, onFile, mail -> mail.text().contains(reference)))
			.singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains(reference).doesNotContain("/mes-droits/confirmation/"));

		assertThat(member.get("/iadherent/mes-droits/envoyee").getRedirectedUrl()).isEqualTo("/iadherent/mes-droits");
	}

	@Test
	void aGuardianAgentFilesARequestOnBehalfOfTheirProtectedAdultOnly() throws Exception {
		OrganisationId mine = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		OrganisationId other = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId adult = fixtures.person("Protégé", "Lucien", LocalDate.of(1950, 2, 3));
		PersonId foreign = fixtures.person("Étranger", "Paul", LocalDate.of(1952, 5, 6));
		LocalDate start = FrenchDates.today(clock).minusYears(1);
		representations.create(new NewRepresentation(mine.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.from(start), "RG 24/101"));
		representations.create(new NewRepresentation(other.value(), foreign, ProtectionMeasure.CURATELLE_SIMPLE,
				DateRange.from(start), "RG 24/102"));
		Created agentAccount = accounts.account(Role.GUARDIAN_AGENT, mine, false);
		WebSession agent = signIn(agentAccount);
		String path = "/itutelle/majeurs/" + adult.value() + "/droits";

		assertThat(page(agent.get("/itutelle")).select(".protected-adults-rights a").text())
			.isEqualTo("Exercer un droit pour Lucien Protégé");
		Document form = page(agent.get(path));
		assertThat(form.select("h1").text()).isEqualTo("Exercer un droit pour Lucien Protégé");
		assertThat(form.text()).contains("au nom de Lucien Protégé");

		String foreignPath = "/itutelle/majeurs/" + foreign.value() + "/droits";
		assertThat(agent.get(foreignPath).getStatus()).isEqualTo(404);
		assertThat(agent.post(foreignPath, "rightId", "access", "scope", "all").getStatus()).isEqualTo(404);
		assertThat(agent.get("/itutelle/majeurs/" + UUID.randomUUID() + "/droits").getStatus()).isEqualTo(404);
		assertThat(agent.get("/itutelle/majeurs/pas-un-id/droits").getStatus()).isEqualTo(404);

		MockHttpServletResponse sent = agent.post(path, "rightId", "access", "scope", "all");
		assertThat(sent.getStatus()).isEqualTo(302);
		Document done = page(agent.get(sent.getRedirectedUrl()));
		String reference = done.select(".reference").text();
		assertThat(done.text()).contains("au nom de Lucien Protégé");

		RightsRequestView request = request(reference, RightsChannel.GUARDIAN_SPACE);
		assertThat(request.line().status()).isEqualTo(RightsRequestStatus.IN_PROGRESS);
		assertThat(request.identity()).isEqualTo(IdentityState.VERIFIED_SESSION);
		assertThat(request.subjectRef()).isEqualTo("PERSON:" + adult.value());
		assertThat(request.onBehalf()).isTrue();
		assertThat(request.requesterEmail()).isEqualTo(agentAccount.login());
		assertThat(OutboxDelivery.awaitMailsTo(context, agentAccount.login(), mail -> mail.text().contains(reference)))
			.anySatisfy(mail -> assertThat(mail.text()).contains(reference));

		Created stranger = accounts.account(Role.GUARDIAN_AGENT, other, false);
		assertThat(signIn(stranger).get(path).getStatus()).isEqualTo(404);
	}

	@Test
	void anEmployerRepresentativeAndAGuardianAgentExerciseARightOverTheirOwnAccount() throws Exception {
		Created representative = accounts.inNewOrganisation(Role.EMPLOYER_REPRESENTATIVE, false);
		Created agent = accounts.inNewOrganisation(Role.GUARDIAN_AGENT, false);
		for (Created account : List.of(representative, agent)) {
			String path = account == representative ? "/icollectif/mes-droits" : "/itutelle/mes-droits";
			WebSession session = signIn(account);
			Document home = page(session.get(account == representative ? "/icollectif" : "/itutelle"));
			assertThat(home.select("nav a[href='" + path + "']").text()).isEqualTo("Mes droits");
			assertThat(page(session.get(path)).select("h1").text()).isEqualTo("Exercer un droit sur mes données");

			MockHttpServletResponse refused = session.post(path, "rightId", "", "scope", "all", "message", "Ma copie");
			assertThat(page(refused).select("#rightId-error").text()).contains("Choisissez le droit que vous exercez.");
			assertThat(page(refused).select("#message").text()).isEqualTo("Ma copie");

			MockHttpServletResponse sent = session.post(path, "rightId", "access", "scope", "all");
			assertThat(sent.getRedirectedUrl()).isEqualTo(path + "/envoyee");
			String reference = page(session.get(sent.getRedirectedUrl())).select(".reference").text();
			RightsRequestView request = request(reference,
					account == representative ? RightsChannel.EMPLOYER_SPACE : RightsChannel.GUARDIAN_SPACE);
			assertThat(request.identity()).isEqualTo(IdentityState.VERIFIED_SESSION);
			assertThat(request.subjectRef()).isEqualTo("ACCOUNT:" + account.id().value());
			assertThat(request.onBehalf()).isFalse();
			assertThat(request.requesterEmail()).isEqualTo(account.login());
		}
		assertThat(signIn(representative).get("/itutelle/mes-droits").getStatus()).isEqualTo(403);
	}

	private RightsRequestView request(String reference, RightsChannel channel) {
		UUID id = jdbc.queryForObject("select id from rights_request where reference = ?", UUID.class, reference);
		RightsRequestView request = desk.find(new RightsRequestId(id)).orElseThrow();
		assertThat(request.line().channel()).isEqualTo(channel);
		return request;
	}

	private WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	private static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
