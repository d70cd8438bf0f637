package fr.integrance.dpo.consents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.integrance.audit.JournalQuery;
import fr.integrance.audit.JournalSearch;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.dpo.DpoPages;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.testsupport.WebSession;

/**
 * Consent proofs by subject: a visitor id, an e-mail address (by its digest), a stored
 * reference; newest first with channel, notice version and expiry; the empty state; a
 * value that does not fit its kind shown back with its error; a malformed reference
 * refused; every look-up journaled.
 */
@IdentityIntegrationTest
class ConsentProofsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ConsentManagement consents;

	@Autowired
	CookieCatalogue cookies;

	@Autowired
	JournalSearch journalSearch;

	WebSession dpo;

	@BeforeEach
	void signIn() {
		dpo = accounts.signIn(new WebSession(mvc), accounts.account(Role.DPO));
	}

	@Test
	void aVisitorsChoicesNewestFirstWithTheirExpiry() {
		UUID visitor = UUID.randomUUID();
		String purpose = cookies.consentPurposeIds().get(0);
		DataSubjectRef subject = DataSubjectRef.visitor(visitor);
		consents.record(subject, Map.of(purpose, Decision.GIVEN), ConsentMethod.BANNER_ACCEPT_ALL, RequestOrigin.NONE);
		consents.withdraw(subject, java.util.List.of(purpose), ConsentMethod.SETTINGS_WITHDRAW, RequestOrigin.NONE);

		Document page = DpoPages.parse(dpo.post("/dpo/consentements", "genre", "VISITOR", "valeur", visitor.toString()),
				200);
		assertThat(page.select("#preuve code.dpo-ref").text()).isEqualTo("VISITOR:" + visitor);
		assertThat(page.select("#preuve .dpo-entry")).hasSize(2);
		String newest = page.select("#preuve .dpo-entry").first().text();
		assertThat(newest).contains("Retiré").contains("Page des cookies, retrait des consentements");
		String oldest = page.select("#preuve .dpo-entry").last().text();
		assertThat(oldest).contains("Accepté").contains("Bandeau cookies, « Tout accepter »").contains("Expire le");
		assertThat(page.select(".dpo-card").text()).contains("Retiré");

		assertThat(journalSearch
			.search(new JournalQuery(subject.journalRef(), null, ConsentProofsController.LOOKED_UP, null, null, null,
					5))
			.entries()).hasSize(1);

		Document byRef = DpoPages.page(dpo, "/dpo/consentements?ref=VISITOR:" + visitor);
		assertThat(byRef.select("#preuve .dpo-entry")).hasSize(2);
	}

	@Test
	void anAddressIsLookedUpByItsDigestWithoutBeingShownBackInTheReference() {
		String address = "Prospect." + UUID.randomUUID() + "@Exemple.fr";
		consents.record(DataSubjectRef.email(address.toLowerCase(java.util.Locale.ROOT)),
				Map.of(ConsentPurposes.MARKETING, Decision.GIVEN), ConsentMethod.FORM, RequestOrigin.NONE);

		Document page = DpoPages.parse(dpo.post("/dpo/consentements", "genre", "EMAIL", "valeur", " " + address), 200);
		assertThat(page.select("#preuve code.dpo-ref").text()).startsWith("EMAIL:").doesNotContain("@");
		assertThat(page.select("#preuve .dpo-entry")).hasSize(1);
		assertThat(page.select("#preuve .dpo-entry").text()).contains("Case cochée dans un formulaire")
			.doesNotContain("Expire le");
	}

	@Test
	void emptyStateForASubjectWithoutRecords() {
		Document page = DpoPages
			.parse(dpo.post("/dpo/consentements", "genre", "ACCOUNT", "valeur", UUID.randomUUID().toString()), 200);
		assertThat(page.select("#preuves-vide").text())
			.isEqualTo("Aucune preuve de consentement n’est enregistrée pour cette personne.");
	}

	@Test
	void aValueThatDoesNotFitItsKindIsShownBackWithItsError() {
		Document page = DpoPages.parse(dpo.post("/dpo/consentements", "genre", "VISITOR", "valeur", "pas-un-uuid"),
				200);
		assertThat(page.select("#valeur-error").text()).contains("36 caractères");
		assertThat(page.select("#valeur").attr("value")).isEqualTo("pas-un-uuid");
		assertThat(page.select("#preuve")).isEmpty();

		Document email = DpoPages.parse(dpo.post("/dpo/consentements", "genre", "EMAIL", "valeur", "jean@"), 200);
		assertThat(email.select("#valeur-error").text()).contains("adresse électronique complète");
		assertThat(email.select("#genre option[selected]").attr("value")).isEqualTo("EMAIL");

		Document blank = DpoPages.parse(dpo.post("/dpo/consentements", "genre", "PERSON", "valeur", " "), 200);
		assertThat(blank.select("#valeur-error").text()).contains("Saisissez");
	}

	@Test
	void aMalformedReferenceIsABadRequest() {
		assertThat(dpo.get("/dpo/consentements?ref=VISITOR:pas-un-uuid").getStatus()).isEqualTo(400);
		assertThat(dpo.get("/dpo/consentements?ref=EMAIL:abc").getStatus()).isEqualTo(400);
		assertThat(dpo.get("/dpo/consentements?ref=n-importe-quoi").getStatus()).isEqualTo(400);
		assertThat(DpoPages.page(dpo, "/dpo/consentements").select("#preuve")).isEmpty();
	}

	@Test
	void theSearchNeedsTheCsrfToken() {
		assertThat(dpo.postWithoutCsrf("/dpo/consentements", "genre", "VISITOR", "valeur", UUID.randomUUID().toString())
			.getStatus()).isEqualTo(403);
	}

}
