package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.people.BankAccountId;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.Cases;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The member's home and attestation over MockMvc, with a household like the demo's
 * Camille Martin (her husband Thomas and daughter Léa on her « Confort » contract, her
 * bank account and mandate, a request waiting for her answer) next to another member's:
 * each block shows her own data only, masked where it must be; an empty person, an
 * account without a person and her adult husband's own account see the French empty
 * states and no attestation (404).
 */
@IdentityIntegrationTest
class MemberHomeTests {

	static final String IBAN = "FR7630006000011234567890189";

	static final String OTHER_IBAN = "FR7610107001011234567890129";

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
	Requests requests;

	@Autowired
	Cases cases;

	PersonId camille;

	Nir camilleNir;

	Nir thomasNir;

	PersonId thomas;

	IndividualContract contract;

	IndividualContract otherContract;

	String mandate;

	SubmittedRequest question;

	@BeforeEach
	void household() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		PeopleFixtures fixtures = new PeopleFixtures(context);
		LocalDate start = LocalDate.of(2024, 1, 1);
		camilleNir = PeopleFixtures.randomNir(Civility.MME, LocalDate.of(1986, 9, 12));
		camille = fixtures.person(Civility.MME, "Martin", "Camille Sophie", LocalDate.of(1986, 9, 12), camilleNir);
		people.changeContact(camille, EmailAddress.of("camille-" + UUID.randomUUID() + "@example.fr"),
				PhoneNumber.parse("06 12 34 56 78"));
		thomasNir = PeopleFixtures.randomNir(Civility.M, LocalDate.of(1984, 2, 2));
		thomas = fixtures.person(Civility.M, "Martin", "Thomas", LocalDate.of(1984, 2, 2), thomasNir);
		PersonId lea = fixtures.person(Civility.MME, "Martin", "Léa", LocalDate.of(2016, 5, 20),
				PeopleFixtures.randomNir(Civility.MME, LocalDate.of(2016, 5, 20)));
		contract = fixtures.contracts()
			.activate(fixtures.contracts()
				.open(new NewIndividualContract(camille, "confort", start,
						List.of(new NewDependant(thomas, DependantType.SPOUSE, start),
								new NewDependant(lea, DependantType.CHILD, start))))
				.id());
		BankAccountId account = people.addBankAccount(camille, Iban.parse(IBAN), Bic.parse("AGRIFRPP"),
				"Camille Martin");
		mandate = people.signMandate(account, LocalDate.of(2024, 1, 2)).rum();

		PersonId lucas = fixtures.person(Civility.M, "Bernard", "Lucas", LocalDate.of(1992, 3, 14),
				PeopleFixtures.randomNir(Civility.M, LocalDate.of(1992, 3, 14)));
		PersonId chloe = fixtures.person(Civility.MME, "Bernard", "Chloé", LocalDate.of(2019, 7, 1),
				PeopleFixtures.randomNir(Civility.MME, LocalDate.of(2019, 7, 1)));
		otherContract = fixtures.activeContract(lucas, LocalDate.of(2025, 3, 1),
				List.of(new NewDependant(chloe, DependantType.CHILD, LocalDate.of(2025, 3, 1))));
		people.signMandate(people.addBankAccount(lucas, Iban.parse(OTHER_IBAN), null, "Lucas Bernard"),
				LocalDate.of(2025, 3, 1));

		question = requests.submit(RequestChannel.WEBSITE,
				CaseFixtures.solicitation("Remboursement", "camille-" + UUID.randomUUID() + "@example.fr"));
		jdbc.update("UPDATE request_case SET person_id = ? WHERE id = ?", camille.value(), question.caseId().value());
		UUID staff = UUID.randomUUID();
		cases.take(question.caseId(), staff);
		clock.advance(Duration.ofHours(2));
		cases.askSender(question.caseId(), staff, "Merci de joindre la facture.");
		SubmittedRequest lucasQuestion = requests.submit(RequestChannel.WEBSITE,
				CaseFixtures.solicitation("Autre", "lucas-" + UUID.randomUUID() + "@example.fr"));
		jdbc.update("UPDATE request_case SET person_id = ? WHERE id = ?", lucas.value(),
				lucasQuestion.caseId().value());
		lucasReference = lucasQuestion.reference();
	}

	String lucasReference;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	WebSession signedInAs(PersonId person) {
		Created account = accounts.account(Role.MEMBER);
		if (person != null) {
			jdbc.update("UPDATE identity_account SET person_id = ? WHERE id = ?", person.value(), account.id().value());
		}
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	static Document page(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theHomeShowsTheMembersOwnContractBeneficiariesAccountContactAndRequests() throws IOException {
		Document home = page(signedInAs(camille).get("/iadherent"));
		String text = home.text();

		assertThat(home.select("h1").text()).isEqualTo("Bonjour Camille Sophie");
		// The contract: plan, number, status, start, and the plan's table of cover.
		assertThat(home.select("#contract-0").text()).contains("Confort");
		assertThat(home.select(".member-number").text()).isEqualTo(contract.memberNumber().formatted());
		assertThat(text).contains("En cours", "01/01/2024");
		assertThat(home.select("table.guarantees tbody tr")).hasSize(8);
		assertThat(home.select("table.guarantees tbody tr").first().text())
			.isEqualTo("Hospitalisation (honoraires, frais de séjour) 200 % BR");
		// The beneficiaries: names, relation, birth date; no NIR.
		assertThat(home.select("table.beneficiaries tbody tr")).extracting(row -> row.text())
			.containsExactly("Thomas Martin Conjoint(e) 02/02/1984 01/01/2024",
					"Léa Martin Enfant 20/05/2016 01/01/2024");
		assertThat(text).doesNotContain(thomasNir.value(), thomasNir.formatted(), thomasNir.masked(),
				camilleNir.value(), camilleNir.formatted());
		// The paying account: the IBAN's last four only, the holder, the mandate.
		assertThat(home.select(".iban").text()).isEqualTo("•••• •••• •••• •••• •••• ••• 0189");
		String html = home.html();
		assertThat(html).doesNotContain(IBAN).doesNotContain("FR76 3000").doesNotContain("30006000011234567890");
		assertThat(text).contains("IBAN se terminant par 0189", "Camille Martin", mandate, "signé le 02/01/2024");
		// Contact details.
		assertThat(text).contains("12 rue des Lilas", "75011 Paris", "06 12 34 56 78");
		// The open request waiting for her, with the date of the last message.
		assertThat(home.select(".request-list li").text()).contains(question.reference(), "Sollicitation",
				"En attente de votre réponse", "dernier message le 10/03/2026 12:00");
		// The documents block (empty) and the account cards stay.
		assertThat(home.select("#due-notices-heading")).hasSize(1);
		assertThat(home.select("main a[href=/compte/securite]")).hasSize(1);
		assertThat(home.select("main a[href=/compte/sessions]")).hasSize(1);
		assertThat(home.select("a[href=/iadherent/attestation]")).hasSize(1);
		assertThat(home.select("a[href=/iadherent/attestation/carte]")).hasSize(1);
		// Nothing of the other member.
		assertThat(text).doesNotContain("Bernard", "Lucas", "Chloé", otherContract.memberNumber().formatted(),
				lucasReference, "0129");
	}

	@Test
	void aPersonWithNothingSeesEveryBlocksEmptyStateAndNoAttestation() throws IOException {
		PersonId nobody = new PeopleFixtures(context).person("Vide", "Alice", LocalDate.of(1990, 1, 1));
		WebSession browser = signedInAs(nobody);
		String text = page(browser.get("/iadherent")).text();

		assertThat(text).contains("Aucun contrat n’est à votre nom",
				"Aucun compte bancaire n’est enregistré pour le prélèvement de vos cotisations.",
				"Vous n’avez aucune demande en cours de traitement.", "Non renseigné", "12 rue des Lilas");
		assertThat(text).doesNotContain("Martin", "Bernard");
		assertThat(browser.get("/iadherent/attestation").getStatus()).isEqualTo(404);
		assertThat(browser.get("/iadherent/attestation/carte").getStatus()).isEqualTo(404);
	}

	@Test
	void anAccountWithoutAPersonSeesTheEmptyStates() throws IOException {
		WebSession browser = signedInAs(null);
		String text = page(browser.get("/iadherent")).text();

		assertThat(text).contains("Aucun contrat n’est à votre nom",
				"Vos coordonnées ne sont pas encore rattachées à votre compte.",
				"Vous n’avez aucune demande en cours de traitement.");
		assertThat(browser.get("/iadherent/attestation").getStatus()).isEqualTo(404);
	}

	@Test
	void anAdultDependantSeesNothingOfTheMembersContract() throws IOException {
		WebSession husband = signedInAs(thomas);
		Document home = page(husband.get("/iadherent"));

		assertThat(home.text()).contains("Aucun contrat n’est à votre nom")
			.doesNotContain(contract.memberNumber().formatted(), "Camille", "Léa", "0189", mandate,
					question.reference());
		assertThat(husband.get("/iadherent/attestation").getStatus()).isEqualTo(404);
		assertThat(husband.get("/iadherent/attestation/carte").getStatus()).isEqualTo(404);
	}

	@Test
	void theAttestationIsAPdfOfTheMembersContractAndBeneficiaries() throws IOException {
		MockHttpServletResponse response = signedInAs(camille).get("/iadherent/attestation");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("attestation-adhesion-" + contract.memberNumber().value() + ".pdf");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		String text;
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Attestation d’adhésion");
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			// A picture of the first page, to look at.
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 72),
					"png", java.nio.file.Path.of("target/screenshots/member-attestation-pdf.png").toFile());
		}
		assertThat(text).contains("Attestation d’adhésion", contract.memberNumber().formatted(), "Confort",
				"Mme Camille Sophie Martin", "Camille Sophie Martin", "Thomas Martin", "Léa Martin", "Conjoint(e)",
				"Enfant", "Adhérent(e)", "01/01/2024", "02/02/1984", camilleNir.masked(), thomasNir.masked(),
				"Attestation délivrée le 10/03/2026");
		assertThat(text.replace(" ", "")).doesNotContain(camilleNir.value(), thomasNir.value());
		assertThat(text).doesNotContain("Bernard", "Lucas", "Chloé", otherContract.memberNumber().formatted(), IBAN);
	}

	@Test
	void theAttestationIsIssuedOnTheDayInFrance() throws IOException {
		// 23:30 UTC on 31 March is already 1 April in Paris (summer time).
		clock.set(Instant.parse("2026-03-31T23:29:00Z"));
		WebSession browser = signedInAs(camille);
		String text;
		try (PDDocument pdf = Loader.loadPDF(browser.get("/iadherent/attestation").getContentAsByteArray())) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("Attestation délivrée le 01/04/2026");
	}

	@Test
	void thePrintableCardShowsTheSameDataWithTheNirMasked() throws IOException {
		Document card = page(signedInAs(camille).get("/iadherent/attestation/carte"));
		String text = card.text();

		assertThat(card.select(".attestation-card .member-number").text())
			.isEqualTo(contract.memberNumber().formatted());
		assertThat(card.select("table.covered tbody tr")).extracting(row -> row.select("th").text())
			.containsExactly("Camille Sophie Martin", "Thomas Martin", "Léa Martin");
		assertThat(text).contains("Confort", camilleNir.masked(), "Attestation délivrée le 10/03/2026");
		assertThat(card.html()).doesNotContain(camilleNir.value(), camilleNir.formatted(), thomasNir.value(),
				thomasNir.formatted());
		assertThat(text).doesNotContain("Bernard", "Lucas");
		assertThat(card.select("link[href*=memberhome]")).hasSize(1);
		assertThat(card.select("button[data-print]")).hasSize(1);
	}

	@Test
	void theHomeIsInEnglishWhenAsked() throws IOException {
		WebSession browser = signedInAs(camille);
		String text = page(browser.get("/iadherent?lang=en")).text();
		assertThat(text).contains("My contract", "My beneficiaries", "IBAN ending in 0189", "Waiting for your answer");
		browser.get("/iadherent?lang=fr");
	}

}
