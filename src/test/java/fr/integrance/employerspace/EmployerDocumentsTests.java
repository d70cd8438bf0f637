package fr.integrance.employerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.employerspace.api.ApiFixtures;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.platform.Civility;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * The enrolment form's documents: the carte Vitale attestation and a legal protection
 * measure go into the affiliate's document space, are listed on the affiliate page and
 * downloaded again by the employer, and seen by staff in the person's documents; a file
 * of a refused type, too large or disguised is refused beside its field in French and
 * nobody is enrolled; another employer's representative gets 404.
 */
@IdentityIntegrationTest
class EmployerDocumentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	AffiliateMovements movements;

	OrganisationId organisation;

	WebSession session;

	String lastName;

	@BeforeEach
	void signIn() {
		organisation = newEmployer();
		session = signIn(accounts.account(Role.EMPLOYER_REPRESENTATIVE, organisation, false));
		lastName = ApiFixtures.lastName("Pieces");
	}

	OrganisationId newEmployer() {
		OrganisationId employer = accounts.organisation(OrganisationKind.EMPLOYER);
		groupContracts.create(new NewGroupContract(employer.value(), List.of("confort"), List.of("cadres"),
				LocalDate.of(2020, 1, 1)));
		return employer;
	}

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	MockHttpServletResponse enrol(MockMultipartFile... files) {
		LocalDate birth = LocalDate.of(1985, 6, 14);
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders
			.multipart("/icollectif/salaries/nouveau");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		String[] fields = { "category", "cadres", "planCode", "confort", "startDate", "2026-01-01", "civility", "MME",
				"lastName", lastName, "firstNames", "Julie", "birthDate", "1985-06-14", "nir",
				TestNirs.of(Civility.MME, birth), "address.line1", "12 rue de la République", "address.postalCode",
				"69002", "address.city", "Lyon" };
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return session.perform(request.with(csrf()));
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	long affiliates() {
		return movements.counts(organisation.value()).active();
	}

	@Test
	void theDocumentsSentWithTheEnrolmentAreKeptListedAndDownloadedAgain() throws Exception {
		MockHttpServletResponse enrolled = enrol(
				new MockMultipartFile("carteVitale", "attestation-vitale.pdf", "application/pdf", TestFiles.pdf()),
				new MockMultipartFile("protectionMeasure", "jugement.png", "image/png", TestFiles.png()));

		assertThat(enrolled.getStatus()).as(enrolled.getContentAsString()).isEqualTo(302);
		String affiliatePath = enrolled.getRedirectedUrl();
		Document affiliate = page(session.get(affiliatePath));
		assertThat(affiliate.select(".employer-documents a").eachText()).hasSize(2)
			.anySatisfy(text -> assertThat(text).startsWith("Attestation de carte Vitale, transmise le"))
			.anySatisfy(text -> assertThat(text).startsWith("Mesure de protection juridique, transmise le"));

		String link = affiliate.select(".employer-documents a").first().attr("href");
		MockHttpServletResponse download = session.get(link);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(download.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.as("the carte Vitale attestation, listed first")
			.isEqualTo("%PDF-");

		// Staff read them in the person's documents, sent by the employer.
		Affiliate enrolledAffiliate = movements
			.find(organisation.value(),
					new fr.integrance.contracts.AffiliationId(
							UUID.fromString(affiliatePath.substring(affiliatePath.lastIndexOf('/') + 1))))
			.orElseThrow();
		WebSession staff = signIn(accounts.account(Role.STAFF));
		Document documents = page(
				staff.get("/gestion/personnes/" + enrolledAffiliate.person().id().value() + "/documents"));
		assertThat(documents.text()).contains("Attestation de carte Vitale (iCollectif)",
				"Mesure de protection juridique (iCollectif)");

		// Another employer's representative: the affiliate and the document are unknown.
		WebSession stranger = signIn(accounts.account(Role.EMPLOYER_REPRESENTATIVE, newEmployer(), false));
		assertThat(stranger.get(link).getStatus()).isEqualTo(404);
		assertThat(session.get(affiliatePath + "/pieces/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(session.get(affiliatePath + "/pieces/pas-un-id").getStatus()).isEqualTo(404);
	}

	@Test
	void anEnrolmentWithoutDocumentsSaysNoneWasSent() throws Exception {
		MockHttpServletResponse enrolled = enrol();
		assertThat(enrolled.getStatus()).isEqualTo(302);
		assertThat(page(session.get(enrolled.getRedirectedUrl())).text())
			.contains("Aucune pièce transmise avec l’affiliation.");
	}

	@Test
	void hostileFilesAreRefusedBesideTheirFieldAndNobodyIsEnrolled() throws Exception {
		Document wrongType = page(enrol(
				new MockMultipartFile("carteVitale", "attestation.exe", "application/octet-stream", TestFiles.pdf())));
		assertThat(wrongType.select("#f-carteVitale-error").text())
			.isEqualTo("Ce type de fichier n’est pas accepté : envoyez un fichier PDF, JPEG ou PNG.");
		assertThat(wrongType.select("#f-lastName").val()).as("nothing typed is lost").isEqualTo(lastName);

		Document disguised = page(
				enrol(new MockMultipartFile("protectionMeasure", "jugement.pdf", "application/pdf", TestFiles.html())));
		assertThat(disguised.select("#f-protectionMeasure-error").text())
			.startsWith("Le contenu du fichier ne correspond pas à son extension");

		Document script = page(enrol(new MockMultipartFile("protectionMeasure", "jugement.pdf", "application/pdf",
				TestFiles.pdfWithJavaScript())));
		assertThat(script.select("#f-protectionMeasure-error").text()).startsWith("Ce PDF contient du code");

		byte[] huge = Arrays.copyOf(TestFiles.pdf(), 5 * 1024 * 1024 + 1);
		MockHttpServletResponse tooLarge = enrol(
				new MockMultipartFile("carteVitale", "attestation.pdf", "application/pdf", huge));
		assertThat(tooLarge.getStatus()).as("never a server error").isLessThan(500);
		if (tooLarge.getStatus() == 200) {
			assertThat(page(tooLarge).select("#f-carteVitale-error").text()).contains("trop volumineux");
		}

		Document withAGoodOne = page(
				enrol(new MockMultipartFile("carteVitale", "attestation.pdf", "application/pdf", TestFiles.pdf()),
						new MockMultipartFile("protectionMeasure", "jugement.html", "text/html", TestFiles.html())));
		assertThat(withAGoodOne.select(".error-summary a[href=#f-protectionMeasure]")).hasSize(1);
		assertThat(withAGoodOne.text()).contains("choisissez-les à nouveau");

		assertThat(affiliates()).isZero();
	}

}
