package fr.integrance.guardianspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.BankAccount;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.Iban;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.MutableClockConfiguration;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * A protected adult's bank details changed from iTutelle: the agent gives the new IBAN
 * (iban4j through {@link Iban}; a wrong one is refused in French beside the field), the
 * code is mailed to the agent, the agent signs the new SEPA mandate for the organisation
 * (consent and code; a wrong code counts an attempt, an expired one closes the change);
 * the new account and mandate exist, the previous mandate is kept and ended the day
 * before the new one applies, the adult's page lists both with the IBANs masked, the
 * signature is journaled with the agent under the iTutelle purpose. Another
 * organisation's agent gets 404 for the adult and the change.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, TestAccounts.class })
class GuardianBankTests {

	static final String OLD_IBAN = "FR7630006000011234567890189";

	static final String NEW_IBAN = "FR7610107001011234567890129";

	static final Pattern CODE = Pattern.compile(" : (\\d{6})");

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
	People people;

	@Autowired
	JdbcTemplate jdbc;

	OrganisationId organisation;

	Created agentAccount;

	WebSession agent;

	PersonId adult;

	String oldMandate;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		organisation = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		agentAccount = accounts.account(Role.GUARDIAN_AGENT, organisation, false);
		agent = signIn(agentAccount);
		adult = new PeopleFixtures(context).person("Lambert", "Gérard", LocalDate.of(1950, 4, 5));
		representations.create(new NewRepresentation(organisation.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.from(LocalDate.of(2024, 1, 1)), "RG 24/0042"));
		oldMandate = people
			.signMandate(people.addBankAccount(adult, Iban.parse(OLD_IBAN), Bic.parse("AGRIFRPP"), "Gérard Lambert"),
					LocalDate.of(2024, 1, 2))
			.rum();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	WebSession signIn(Created account) {
		clock.advance(Duration.ofSeconds(30));
		return accounts.signIn(new WebSession(mvc), account);
	}

	String base() {
		return "/itutelle/majeurs/" + adult.value() + "/banque";
	}

	static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	String propose() {
		MockHttpServletResponse response = agent.post(base(), "iban", NEW_IBAN, "holder", "Gérard Lambert");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).matches(base() + "/signature/[0-9a-f-]{36}");
		return response.getRedirectedUrl();
	}

	String codeMailedToAgent() {
		List<QueuedMail> mails = OutboxDelivery.mailsTo(context, agentAccount.login());
		assertThat(mails).isNotEmpty();
		QueuedMail last = mails.get(mails.size() - 1);
		assertThat(last.subject()).isEqualTo("Code de signature d’un mandat de prélèvement");
		Matcher matcher = CODE.matcher(last.text());
		assertThat(matcher.find()).as(last.text()).isTrue();
		return matcher.group(1);
	}

	@Test
	void theOrganisationSignsTheNewMandateAndTheOldOneIsKept() throws Exception {
		assertThat(page(agent.get("/itutelle/majeurs/" + adult.value())).select("a[href$=/banque]")).hasSize(1);
		String signature = propose();
		String code = codeMailedToAgent();
		Document toSign = page(agent.get(signature));
		assertThat(toSign.text()).contains("Signé pour le débiteur par", "**** 129").doesNotContain(NEW_IBAN);

		Document missing = page(agent.post(signature, "code", ""));
		assertThat(missing.select("#consent-error").text())
			.isEqualTo("Cochez la case pour donner votre accord au mandat.");
		assertThat(missing.select("#code-error").text()).contains("Veuillez saisir le code reçu par courriel.");
		Document wrong = page(
				agent.post(signature, "consent", "true", "code", code.equals("000000") ? "111111" : "000000"));
		assertThat(wrong.select("#code-error").text()).contains("Ce code n’est pas le bon. Il vous reste 4 essai(s).");

		MockHttpServletResponse signed = agent.post(signature, "consent", "true", "code", code);
		assertThat(signed.getRedirectedUrl()).isEqualTo("/itutelle/majeurs/" + adult.value());
		List<BankAccount> accountsNow = people.bankAccounts(adult);
		assertThat(accountsNow).hasSize(2);
		// Found by IBAN: the order of the records follows their creation time, the
		// machine's.
		BankAccount fresh = accountsNow.stream()
			.filter(account -> account.iban().value().equals(NEW_IBAN))
			.findFirst()
			.orElseThrow();
		BankAccount previous = accountsNow.stream()
			.filter(account -> !account.iban().value().equals(NEW_IBAN))
			.findFirst()
			.orElseThrow();
		assertThat(fresh.mandate().rum()).matches("ITG-\\d{12}");
		assertThat(fresh.mandate().signedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(previous.mandate().revokedOn()).isEqualTo(LocalDate.of(2026, 4, 4));

		Document file = page(agent.get("/itutelle/majeurs/" + adult.value()));
		assertThat(file.select("table.bank-history tbody tr")).extracting(row -> row.text())
			.containsExactly(
					"FR76 **** **** **** **** **** 129 Gérard Lambert " + fresh.mandate().rum()
							+ " 10/03/2026 05/04/2026 En vigueur",
					"FR76 **** **** **** **** **** 189 Gérard Lambert " + oldMandate
							+ " 02/01/2024 — Terminé le 04/04/2026");
		assertThat(file.html()).doesNotContain(NEW_IBAN, OLD_IBAN);
		assertThat(agent.get(signature).getStatus()).isEqualTo(404);

		assertThat(jdbc.queryForList(
				"SELECT purpose FROM audit_entry WHERE action = 'data.changed' AND subject_ref LIKE ? AND object_ref LIKE 'bank-account:%' AND actor LIKE ?",
				String.class, "%" + adult.value() + "%", "%" + agentAccount.id().value() + "%"))
			.containsExactly("itutelle-member-changes");
		assertThat(OutboxDelivery.mailsTo(context, agentAccount.login()))
			.anySatisfy(mail -> assertThat(mail.text()).contains(fresh.mandate().rum()).doesNotContain(NEW_IBAN));
		assertThat(OutboxDelivery.mailsTo(context, "gestion@integrance.fr"))
			.anySatisfy(mail -> assertThat(mail.text()).contains(fresh.mandate().rum(), "organisme de tutelle")
				.doesNotContain(NEW_IBAN));
	}

	@Test
	void aWrongIbanIsRefusedInFrenchBesideTheFieldWithWhatWasTypedKept() throws Exception {
		Document refused = page(agent.post(base(), "iban", "FR7630006000011234567890188", "holder", "Gérard Lambert"));
		assertThat(refused.select("#iban-error").text()).contains("Cet IBAN n’est pas valide");
		assertThat(refused.select("#iban").val()).isEqualTo("FR7630006000011234567890188");
		assertThat(refused.select("#holder").val()).isEqualTo("Gérard Lambert");
		Document noHolder = page(agent.post(base(), "iban", NEW_IBAN, "holder", " "));
		assertThat(noHolder.select("#holder-error").text()).contains("Veuillez saisir le nom du titulaire du compte.");
		assertThat(people.bankAccounts(adult)).hasSize(1);
	}

	@Test
	void aRestrictedAdultsBankDetailsAreNotChangedAndTheAgentIsToldBesideTheField() throws Exception {
		fr.integrance.testsupport.Restrictions.restrict(context, adult);

		Document refused = page(agent.post(base(), "iban", NEW_IBAN, "holder", "Gérard Lambert"));

		assertThat(refused.select("#iban-error").text()).contains("Le traitement de ces données est limité");
		assertThat(refused.select("#iban").val()).isEqualTo(NEW_IBAN);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_bank_change WHERE person_id = ?", Long.class,
				adult.value()))
			.isZero();
	}

	@Test
	void anExpiredCodeClosesTheChange() throws Exception {
		String signature = propose();
		String code = codeMailedToAgent();
		clock.advance(Duration.ofMinutes(16));
		Document expired = page(agent.post(signature, "consent", "true", "code", code));
		assertThat(expired.select("#code-error").text()).contains("Ce code a expiré");
		assertThat(people.bankAccounts(adult)).hasSize(1);
		assertThat(agent.get(signature).getStatus()).isEqualTo(404);
	}

	@Test
	void anotherOrganisationsAgentGetsNotFound() throws Exception {
		String signature = propose();
		String code = codeMailedToAgent();
		WebSession stranger = signIn(
				accounts.account(Role.GUARDIAN_AGENT, accounts.organisation(OrganisationKind.GUARDIAN_SERVICE), false));
		assertThat(stranger.get(base()).getStatus()).isEqualTo(404);
		assertThat(stranger.post(base(), "iban", NEW_IBAN, "holder", "Intrus").getStatus()).isEqualTo(404);
		assertThat(stranger.get(signature).getStatus()).isEqualTo(404);
		assertThat(stranger.post(signature, "consent", "true", "code", code).getStatus()).isEqualTo(404);
		assertThat(people.bankAccounts(adult)).hasSize(1);
		// a colleague of the same organisation may sign with the code the agent received
		WebSession colleague = signIn(accounts.account(Role.GUARDIAN_AGENT, organisation, true));
		assertThat(colleague.get(signature).getStatus()).isEqualTo(200);
	}

}
