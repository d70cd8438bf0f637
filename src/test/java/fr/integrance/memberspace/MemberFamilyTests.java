package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.contracts.Dependant;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;
import fr.integrance.requests.DependantAddition;
import fr.integrance.requests.DependantRemoval;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.RequestStatus;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.TestPdf;
import fr.integrance.testsupport.WebSession;

/**
 * The member's family over MockMvc: a child added with a proof (uploaded or chosen from
 * the member's document space), the NIR sealed in the case, staff's acceptance covering
 * the child on the contract and mailing the answer, a refusal mailed with its reason; a
 * dependant's cover ended on a date; French errors next to the fields; another member's
 * dependant, another member's document and a random id are not found.
 */
@IdentityIntegrationTest
class MemberFamilyTests {

	static final String PATH = "/iadherent/famille";

	static final String CHILD_NIR = "295109912611193";

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
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	Cases cases;

	@Autowired
	DocumentSpaces spaces;

	PersonId camille;

	PersonId thomas;

	IndividualContract contract;

	Created camilleAccount;

	PersonId lucas;

	PersonId lucasChild;

	Created lucasAccount;

	UUID staff = UUID.randomUUID();

	@BeforeEach
	void members() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		PeopleFixtures fixtures = new PeopleFixtures(context);
		camille = fixtures.person("Martin", "Camille", LocalDate.of(1986, 9, 12));
		thomas = fixtures.person(Civility.M, "Martin", "Thomas", LocalDate.of(1984, 5, 2),
				PeopleFixtures.randomNir(Civility.M, LocalDate.of(1984, 5, 2)));
		contract = fixtures.activeContract(camille, LocalDate.of(2024, 1, 1),
				List.of(new NewDependant(thomas, DependantType.SPOUSE, LocalDate.of(2024, 1, 1))));
		camilleAccount = accounts.member(camille.value());
		lucas = fixtures.person("Bernard", "Lucas", LocalDate.of(1992, 3, 14));
		lucasChild = fixtures.person("Bernard", "Emma", LocalDate.of(2020, 6, 1));
		fixtures.activeContract(lucas, LocalDate.of(2025, 1, 1),
				List.of(new NewDependant(lucasChild, DependantType.CHILD, LocalDate.of(2025, 1, 1))));
		lucasAccount = accounts.member(lucas.value());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	WebSession signedIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	static MockHttpServletResponse addChild(WebSession browser, String nir, String proofDocument,
			MockMultipartFile... files) {
		var request = MockMvcRequestBuilders.multipart(PATH + "/ajout")
			.param("relationship", "CHILD")
			.param("civility", "MME")
			.param("lastName", "Martin")
			.param("firstName", "Léa")
			.param("birthDate", "2026-01-20")
			.param("nir", nir)
			.param("scheme", "GENERAL")
			.param("from", "2026-04-01")
			.param("proofDocument", proofDocument);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return browser.perform(request.with(csrf()));
	}

	static MockMultipartFile pdf() {
		return new MockMultipartFile("proof", "livret-de-famille.pdf", "application/pdf", TestPdf.onePage());
	}

	CaseDetails caseOf(MockHttpServletResponse sent) {
		assertThat(sent.getStatus()).isEqualTo(302);
		String location = sent.getRedirectedUrl();
		assertThat(location).startsWith("/iadherent/demandes/DEM-");
		String reference = location.substring(location.lastIndexOf('/') + 1);
		UUID id = jdbc.queryForObject("SELECT id FROM request_case WHERE reference = ?", UUID.class, reference);
		return cases.open(new CaseId(id), staff);
	}

	@Test
	void thePageListsTheDependantsWithALinkToRemoveEachAndTheHomeLinksToIt() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document famille = page(browser.get(PATH));

		assertThat(famille.select("h1").text()).isEqualTo("Ma famille");
		assertThat(famille.select("table.beneficiaries tbody tr").text()).contains("Thomas Martin", "Conjoint(e)",
				"02/05/1984");
		assertThat(famille.select("a[href=" + PATH + "/retrait/" + thomas.value() + "]")).hasSize(1);
		assertThat(famille.html()).doesNotContain(lucasChild.value().toString());
		assertThat(page(browser.get("/iadherent")).select("a[href=" + PATH + "]")).hasSize(1);
	}

	@Test
	void acceptingAChildForARestrictedMemberIsSaidOnTheCaseAndChangesNothing() throws IOException {
		CaseDetails sent = caseOf(addChild(signedIn(camilleAccount), "2 95 10 99 126 111 93", "", pdf()));
		fr.integrance.testsupport.Restrictions.restrict(context, camille);
		WebSession desk = signedIn(accounts.account(fr.integrance.identity.Role.STAFF));
		String path = "/gestion/demandes/" + sent.id().value();
		assertThat(desk.post(path + "/prise-en-charge").getStatus()).isEqualTo(302);

		Document refused = page(desk.post(path + "/acceptation", "answer", "Léa est couverte."));

		assertThat(refused.select(".error-summary").text())
			.contains("Le traitement des données de cette personne est limité");
		assertThat(contracts.find(contract.id()).orElseThrow().dependants()).hasSize(1);
	}

	@Test
	void aChildWithAnUploadedProofIsACaseWithTheNirSealedThenAcceptedCoveredAndTheAnswerMailed() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		CaseDetails sent = caseOf(addChild(browser, "2 95 10 99 126 111 93", "", pdf()));

		assertThat(sent.type().name()).isEqualTo("DEPENDANT_ADDITION");
		assertThat(sent.personId()).isEqualTo(camille);
		assertThat(sent.purposeId()).isEqualTo("iadherent-member-changes");
		assertThat(sent.attachments()).hasSize(1);
		DependantAddition payload = (DependantAddition) sent.payload();
		assertThat(payload.contract()).isEqualTo(contract.id());
		assertThat(payload.nir().masked()).isEqualTo(fr.integrance.platform.Nir.parse(CHILD_NIR).masked());
		// the NIR is never stored in clear in the case
		String json = jdbc.queryForObject("SELECT payload FROM request_case WHERE id = ?", String.class,
				sent.id().value());
		assertThat(json).doesNotContain(CHILD_NIR, "99126111");
		assertThat(OutboxDelivery.mailsTo(context, camilleAccount.login())).extracting(QueuedMail::subject)
			.anyMatch(subject -> subject.startsWith("Votre demande d’ajout d’un ayant droit DEM-"));
		// the page shows the back office's fragment
		assertThat(sent.view()).isEqualTo("dependant-addition");

		cases.take(sent.id(), staff);
		assertThatThrownBy(() -> cases.accept(sent.id(), staff, new Acceptance(null, List.of())))
			.isInstanceOf(FieldProblemsException.class);
		cases.accept(sent.id(), staff, Acceptance.withAnswer("Léa est couverte à partir du 01/04/2026."));

		IndividualContract after = contracts.find(contract.id()).orElseThrow();
		Dependant lea = after.dependants()
			.stream()
			.filter(d -> d.type() == DependantType.CHILD)
			.findFirst()
			.orElseThrow();
		assertThat(lea.from()).isEqualTo(LocalDate.of(2026, 4, 1));
		Person child = people.find(lea.person()).orElseThrow();
		assertThat(child.name().firstNames()).isEqualTo("Léa");
		assertThat(child.nir().normalised()).isEqualTo(CHILD_NIR);
		assertThat(OutboxDelivery.mailsTo(context, camilleAccount.login())).extracting(QueuedMail::text)
			.anyMatch(text -> text.contains("Léa est couverte à partir du 01/04/2026."));
		// the member sees the child in the home's beneficiaries and the answer in the
		// thread
		clock.set(Instant.parse("2026-04-02T09:00:00Z"));
		WebSession later = signedIn(camilleAccount);
		assertThat(page(later.get("/iadherent")).select("table.beneficiaries").text()).contains("Léa Martin", "Enfant");
		assertThat(page(later.get("/iadherent/demandes/" + sent.reference())).text())
			.contains("Léa est couverte à partir du 01/04/2026.");
		assertThat(cases.open(sent.id(), staff).contractId()).isEqualTo(contract.id());
	}

	@Test
	void aProofChosenFromTheMembersSpaceGoesWithTheCaseAnotherMembersDocumentIsNotFound() throws Exception {
		var space = spaces.spaceOf(SpaceOwner.person(camille.value()));
		DocumentId mine = spaces.upload(space.id(),
				new NewDocument(null, "Livret de famille", null, "livret.pdf", TestPdf.onePage(), null, null),
				new DocumentActor(DocumentActor.Kind.OWNER, camilleAccount.id().value(), camille.value()));
		var lucasSpace = spaces.spaceOf(SpaceOwner.person(lucas.value()));
		DocumentId his = spaces.upload(lucasSpace.id(),
				new NewDocument(null, "Acte de naissance", null, "acte.pdf", TestPdf.onePage(), null, null),
				new DocumentActor(DocumentActor.Kind.OWNER, lucasAccount.id().value(), lucas.value()));
		WebSession browser = signedIn(camilleAccount);

		Document form = page(browser.get(PATH + "/ajout"));
		assertThat(form.select("select#proofDocument option").eachText()).contains("Livret de famille")
			.doesNotContain("Acte de naissance");

		Document refused = page(addChild(browser, "", his.value().toString()));
		assertThat(refused.select("#proofchoice-error").text())
			.contains("Ce document n’est pas dans votre espace documentaire.");

		CaseDetails sent = caseOf(addChild(browser, "", mine.value().toString()));
		assertThat(sent.attachments()).hasSize(1);
		assertThat(((DependantAddition) sent.payload()).nir()).isNull();
	}

	@Test
	void badValuesGiveFrenchErrorsNextToTheFieldsAndNothingIsSent() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document form = page(browser.perform(MockMvcRequestBuilders.multipart(PATH + "/ajout")
			.param("lastName", "")
			.param("birthDate", "")
			.param("nir", "253072C07300443")
			.param("from", "2026-04-01")
			.with(csrf())));

		assertThat(form.select("#relationship-error").text())
			.contains("Choisissez le lien de cette personne avec vous.");
		assertThat(form.select("#lastName-error").text()).contains("Saisissez le nom.");
		assertThat(form.select("#birthDate-error").text()).contains("Saisissez la date de naissance.");
		assertThat(form.select("#nir-error").text()).contains("Ce numéro de sécurité sociale n’est pas valide");
		assertThat(form.select("#proofchoice-error").text()).contains("Joignez un justificatif");
		assertThat(form.select("input#nir").attr("value")).isEqualTo("253072C07300443");

		// a second partner: refused by the request type's rule, beside the field
		Document partner = page(browser.perform(MockMvcRequestBuilders.multipart(PATH + "/ajout")
			.file(pdf())
			.param("relationship", "PACS_PARTNER")
			.param("civility", "M")
			.param("lastName", "Durand")
			.param("firstName", "Paul")
			.param("birthDate", "1985-01-01")
			.param("scheme", "GENERAL")
			.param("from", "2026-04-01")
			.with(csrf())));
		assertThat(partner.select("#relationship-error").text()).contains("Votre contrat couvre déjà un conjoint");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_case WHERE person_id = ?", Long.class,
				camille.value()))
			.isZero();
	}

	@Test
	void aRemovalEndsTheCoverOnTheDayAskedOnceAcceptedARefusalIsMailedWithItsReason() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document form = page(browser.get(PATH + "/retrait/" + thomas.value()));
		assertThat(form.select("h1").text()).isEqualTo("Retirer Thomas Martin de mon contrat");
		Document past = page(browser.post(PATH + "/retrait/" + thomas.value(), "lastDay", "2026-03-01"));
		assertThat(past.select("#lastDay-error").text()).contains("ne peut pas être passé");

		CaseDetails refused = caseOf(
				browser.post(PATH + "/retrait/" + thomas.value(), "lastDay", "2026-06-30", "reason", "Divorce"));
		assertThat(refused.type().name()).isEqualTo("DEPENDANT_REMOVAL");
		assertThat(((DependantRemoval) refused.payload()).dependant()).isEqualTo(thomas);
		cases.take(refused.id(), staff);
		cases.reject(refused.id(), staff, "Merci de joindre le jugement de divorce.");
		assertThat(cases.open(refused.id(), staff).status()).isEqualTo(RequestStatus.REJECTED);
		assertThat(OutboxDelivery.mailsTo(context, camilleAccount.login())).extracting(QueuedMail::text)
			.anyMatch(text -> text.contains("Merci de joindre le jugement de divorce."));

		CaseDetails sent = caseOf(browser.post(PATH + "/retrait/" + thomas.value(), "lastDay", "2026-06-30"));
		cases.take(sent.id(), staff);
		cases.accept(sent.id(), staff, Acceptance.withAnswer("Thomas est couvert jusqu’au 30/06/2026."));
		Dependant ended = contracts.find(contract.id()).orElseThrow().dependants().get(0);
		assertThat(ended.until()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void anotherMembersDependantAndARandomIdAreNotFound() {
		WebSession browser = signedIn(camilleAccount);
		assertThat(browser.get(PATH + "/retrait/" + lucasChild.value()).getStatus()).isEqualTo(404);
		assertThat(browser.get(PATH + "/retrait/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(browser.post(PATH + "/retrait/" + lucasChild.value(), "lastDay", "2026-06-30").getStatus())
			.isEqualTo(404);
		assertThat(browser.post(PATH + "/retrait/" + camille.value(), "lastDay", "2026-06-30").getStatus())
			.isEqualTo(404);
		assertThat(contracts.ofPerson(lucas).get(0).dependants().get(0).until()).isNull();
	}

	@Test
	void aMemberWithoutAContractInForceHasNoFamilyPage() {
		PersonId alone = new PeopleFixtures(context).person("Petit", "Jean", LocalDate.of(1970, 1, 1));
		WebSession browser = signedIn(accounts.member(alone.value()));
		assertThat(browser.get(PATH).getStatus()).isEqualTo(404);
		assertThat(browser.get(PATH + "/ajout").getStatus()).isEqualTo(404);
	}

}
