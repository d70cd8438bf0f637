package fr.integrance.website.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.IntegrationTest;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentProof;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.MarketingUnsubscribeLinks;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.privacy.DataSubjectRef;

@IntegrationTest
@AutoConfigureMockMvc
class UnsubscribeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MarketingUnsubscribeLinks links;

	@Autowired
	ConsentManagement consents;

	private static int counter;

	/**
	 * A person who consented to marketing, and the path of the link of one e-mail sent to
	 * them.
	 */
	private record Recipient(DataSubjectRef subject, String path) {
	}

	private Recipient subscribedPerson() {
		DataSubjectRef person = DataSubjectRef.person("unsub-" + (++counter) + "-" + System.nanoTime());
		consents.record(person, java.util.Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM,
				RequestOrigin.NONE);
		return new Recipient(person, links.linkFor(person).getPath());
	}

	private List<ConsentProof.Entry> marketingRecords(DataSubjectRef person) {
		return consents.proofFor(person)
			.records()
			.stream()
			.filter(entry -> entry.purpose().equals(ConsentPurposes.MARKETING))
			.toList();
	}

	@Test
	void linkIsAnAbsoluteAddressOnOurSiteWithAnUnguessableToken() {
		URI link = links.linkFor(DataSubjectRef.person("42"));
		URI other = links.linkFor(DataSubjectRef.person("42"));

		assertThat(link.toString()).matches("https://www\\.integrance\\.fr/desinscription/[A-Za-z0-9_-]{43}");
		assertThat(link).isNotEqualTo(other);
	}

	@Test
	void getShowsAOneClickButtonAndChangesNothing() throws Exception {
		Recipient recipient = subscribedPerson();

		MockHttpServletResponse response = mvc.perform(get(recipient.path())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getCookies()).isEmpty();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Ne plus recevoir nos communications commerciales");
		assertThat(page.select("form[method=post]").attr("action")).isEqualTo(recipient.path());
		assertThat(page.select("form button").text()).isEqualTo("Me désinscrire");
		assertThat(page.text()).contains("BLOCTEL", "www.bloctel.gouv.fr", "6 rue Nicolas Siret");
		assertThat(page.select("section.consent-banner")).isEmpty();
		assertThat(marketingRecords(recipient.subject())).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.GIVEN);
	}

	@Test
	void postWithdrawsMarketingWithoutLoginAndIsIdempotent() throws Exception {
		Recipient recipient = subscribedPerson();

		MockHttpServletResponse first = mvc
			.perform(post(recipient.path()).header("User-Agent", "Thunderbird").with(r -> {
				r.setRemoteAddr("2001:db8:85a3:8d3:1319:8a2e:370:7348");
				return r;
			}))
			.andReturn()
			.getResponse();
		MockHttpServletResponse second = mvc.perform(post(recipient.path())).andReturn().getResponse();

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(first.getContentAsString()).select("h1").text())
			.isEqualTo("Votre désinscription est enregistrée");
		assertThat(second.getStatus()).isEqualTo(200);
		List<ConsentProof.Entry> records = marketingRecords(recipient.subject());
		assertThat(records).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.GIVEN, Decision.WITHDRAWN);
		assertThat(records.get(1).method()).isEqualTo(ConsentMethod.UNSUBSCRIBE_LINK);
		assertThat(records.get(1).truncatedIp()).isEqualTo("2001:db8:85a3::");
		assertThat(records.get(1).userAgent()).isEqualTo("Thunderbird");

		Document again = Jsoup.parse(mvc.perform(get(recipient.path())).andReturn().getResponse().getContentAsString());
		assertThat(again.text()).contains("Vous êtes déjà désinscrit");
	}

	@Test
	void rfc8058OneClickPostFromAMailClientWorksWithoutCsrfToken() throws Exception {
		Recipient recipient = subscribedPerson();

		MockHttpServletResponse response = mvc
			.perform(post(recipient.path()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(marketingRecords(recipient.subject())).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.GIVEN, Decision.WITHDRAWN);
	}

	@Test
	void unknownOrMalformedTokenGetsAFrench404AndRevealsNothing() throws Exception {
		for (String token : List.of("A".repeat(43), "court", "A".repeat(44), "jeton-invalide!")) {
			for (var request : List.of(get("/desinscription/" + token), post("/desinscription/" + token))) {
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

				assertThat(response.getStatus()).as(token).isEqualTo(404);
				String text = Jsoup.parse(response.getContentAsString()).text();
				if (!text.isEmpty()) {
					assertThat(text).contains("Ce lien de désinscription n’est pas valide").doesNotContain("PERSON");
				}
			}
		}
		Document page = Jsoup.parse(
				mvc.perform(get("/desinscription/" + "A".repeat(43))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Ce lien de désinscription n’est pas valide");
		assertThat(page.select("form")).isEmpty();
	}

	@Test
	void objectionIsRecordedEvenWithoutAPriorConsent() throws Exception {
		DataSubjectRef member = DataSubjectRef.person("soft-opt-in-" + System.nanoTime());
		String path = links.linkFor(member).getPath();

		mvc.perform(post(path));

		assertThat(marketingRecords(member)).extracting(ConsentProof.Entry::decision)
			.containsExactly(Decision.WITHDRAWN);
	}

}
