package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.notification.OutboxDelivery;
import fr.integrance.notification.OutboxDelivery.QueuedMail;
import fr.integrance.people.BankAccount;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.Iban;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

/**
 * The member's bank details over MockMvc: a new IBAN and holder, the SEPA mandate signed
 * with the code mailed to the member's login (six digits, fifteen minutes, five attempts,
 * stored as a keyed digest only), the previous mandate kept and ended the day before the
 * next due date, the staff told, the history masked; French errors next to the fields for
 * a bad IBAN, a missing holder, a missing consent, a wrong or expired code; another
 * member's change or a random id answers 404.
 */
@IdentityIntegrationTest
class MemberBankTests {

	static final String OLD_IBAN = "FR7630006000011234567890189";

	static final String NEW_IBAN = "FR7610107001011234567890129";

	static final Pattern CODE = Pattern.compile("bancaires : (\\d{6})");

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

	PersonId camille;

	Created camilleAccount;

	String oldMandate;

	PersonId lucas;

	Created lucasAccount;

	@BeforeEach
	void members() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
		PeopleFixtures fixtures = new PeopleFixtures(context);
		camille = fixtures.person(Civility.MME, "Martin", "Camille", LocalDate.of(1986, 9, 12),
				PeopleFixtures.randomNir(Civility.MME, LocalDate.of(1986, 9, 12)));
		oldMandate = people
			.signMandate(people.addBankAccount(camille, Iban.parse(OLD_IBAN), Bic.parse("AGRIFRPP"), "Camille Martin"),
					LocalDate.of(2024, 1, 2))
			.rum();
		camilleAccount = accounts.member(camille.value());
		lucas = fixtures.person(Civility.M, "Bernard", "Lucas", LocalDate.of(1992, 3, 14),
				PeopleFixtures.randomNir(Civility.M, LocalDate.of(1992, 3, 14)));
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

	/** Proposes the new IBAN; the signature page's path. */
	static String propose(WebSession browser, String iban, String holder) {
		MockHttpServletResponse response = browser.post("/iadherent/banque", "iban", iban, "holder", holder);
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		assertThat(location).matches("/iadherent/banque/signature/[0-9a-f-]{36}");
		return location;
	}

	String codeMailedTo(Created account) {
		List<QueuedMail> mails = OutboxDelivery.mailsTo(context, account.login());
		assertThat(mails).isNotEmpty();
		QueuedMail last = mails.get(mails.size() - 1);
		assertThat(last.subject()).isEqualTo("Votre code de signature du mandat de prélèvement");
		Matcher matcher = CODE.matcher(last.text());
		assertThat(matcher.find()).as(last.text()).isTrue();
		return matcher.group(1);
	}

	static String otherThan(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

	@Test
	void thePageShowsTheFormAndTheHistoryMasked() throws IOException {
		Document banque = page(signedIn(camilleAccount).get("/iadherent/banque"));

		assertThat(banque.select("h1").text()).isEqualTo("Mes coordonnées bancaires");
		assertThat(banque.select("input#iban")).hasSize(1);
		assertThat(banque.select("input#holder")).hasSize(1);
		// Signed on 10/03/2026, the first 5th at least 14 days later is 05/04/2026.
		assertThat(banque.text()).contains("l’échéance du 05/04/2026");
		assertThat(banque.select("table.bank-history tbody tr")).hasSize(1);
		assertThat(banque.select("table.bank-history tbody tr").text()).contains("••• 0189", "Camille Martin",
				oldMandate, "02/01/2024", "En vigueur");
		assertThat(banque.html()).doesNotContain(OLD_IBAN, "FR76 3000", "30006000011234567890");
	}

	@Test
	void theHomeLinksToTheBankDetails() throws IOException {
		assertThat(page(signedIn(camilleAccount).get("/iadherent")).select("a[href=/iadherent/banque]")).hasSize(1);
	}

	@Test
	void aBadIbanAndNoHolderGiveFrenchErrorsNextToTheFieldsAndKeepWhatWasTyped() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		Document form = page(
				browser.post("/iadherent/banque", "iban", "FR76 3000 6000 0112 3456 7890 188", "holder", " "));

		assertThat(form.select("#iban-error").text())
			.isEqualTo("Cet IBAN n’est pas valide : vérifiez-le sur votre relevé d’identité bancaire.");
		assertThat(form.select("#holder-error").text()).isEqualTo("Veuillez saisir le nom du titulaire du compte.");
		assertThat(form.select("input#iban").attr("value")).isEqualTo("FR76 3000 6000 0112 3456 7890 188");
		assertThat(form.select("input#iban").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select(".error-summary a[href=#iban]")).hasSize(1);

		Document empty = page(browser.post("/iadherent/banque", "iban", "", "holder", "Camille Martin"));
		assertThat(empty.select("#iban-error").text()).isEqualTo("Veuillez saisir l’IBAN.");
		Document outside = page(
				browser.post("/iadherent/banque", "iban", "BR1800360305000010009795493C1", "holder", "Camille Martin"));
		assertThat(outside.select("#iban-error").text())
			.isEqualTo("Ce compte n’est pas dans la zone SEPA : le prélèvement n’y est pas possible.");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_bank_change WHERE person_id = ?", Long.class,
				camille.value()))
			.isZero();
	}

	@Test
	void aNewIbanIsSignedWithTheMailedCodeTheOldMandateKeptAndEndedTheStaffToldAndJournaled() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		String signature = propose(browser, "fr76 1010 7001 0112 3456 7890 129", "Camille Martin");
		String code = codeMailedTo(camilleAccount);
		UUID changeId = UUID.fromString(signature.substring(signature.lastIndexOf('/') + 1));
		// Only a keyed digest of the code is stored, the IBAN encrypted.
		String digest = jdbc.queryForObject("SELECT code_digest FROM person_bank_change WHERE id = ?", String.class,
				changeId);
		assertThat(digest).isNotBlank().doesNotContain(code);
		assertThat(jdbc.queryForObject("SELECT iban FROM person_bank_change WHERE id = ?", String.class, changeId))
			.doesNotContain("1234567890129");

		Document page = page(browser.get(signature));
		assertThat(page.select("h1").text()).isEqualTo("Signer le mandat de prélèvement SEPA");
		assertThat(page.text()).contains("••• 0129", "Camille Martin", "05/04/2026", "Mutuelle Intégrance",
				"8 semaines", "valable jusqu’à 10:15");
		assertThat(page.html()).doesNotContain(NEW_IBAN, "1010 7001");

		// No consent, no code: both errors next to their field.
		Document missing = page(browser.post(signature, "code", ""));
		assertThat(missing.select("#consent-error").text())
			.isEqualTo("Cochez la case pour donner votre accord au mandat.");
		assertThat(missing.select("#code-error").text()).isEqualTo("Veuillez saisir le code reçu par courriel.");
		assertThat(page(browser.post(signature, "consent", "true", "code", "12a4")).select("#code-error").text())
			.isEqualTo("Le code est composé de 6 chiffres.");
		// A wrong code counts an attempt, kept.
		Document wrong = page(browser.post(signature, "consent", "true", "code", otherThan(code)));
		assertThat(wrong.select("#code-error").text()).isEqualTo("Ce code n’est pas le bon. Il vous reste 4 essai(s).");
		assertThat(jdbc.queryForObject("SELECT failed_attempts FROM person_bank_change WHERE id = ?", Integer.class,
				changeId))
			.isEqualTo(1);

		MockHttpServletResponse signed = browser.post(signature, "consent", "true", "code", code);
		assertThat(signed.getStatus()).isEqualTo(302);
		assertThat(signed.getRedirectedUrl()).isEqualTo("/iadherent/banque");
		Document after = page(browser.get("/iadherent/banque"));
		List<BankAccount> accountsNow = people.bankAccounts(camille);
		assertThat(accountsNow).hasSize(2);
		// Found by IBAN: the order of the records follows their creation time, the
		// machine's.
		BankAccount old = accountsNow.stream()
			.filter(account -> !account.iban().value().equals(NEW_IBAN))
			.findFirst()
			.orElseThrow();
		BankAccount fresh = accountsNow.stream()
			.filter(account -> account.iban().value().equals(NEW_IBAN))
			.findFirst()
			.orElseThrow();
		assertThat(fresh.mandate()).isNotNull();
		String newMandate = fresh.mandate().rum();
		assertThat(newMandate).matches("ITG-\\d{12}").isNotEqualTo(oldMandate);
		assertThat(fresh.mandate().signedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(fresh.mandate().isActive()).isTrue();
		// The old mandate is kept, ended the day before the new one applies.
		assertThat(old.mandate().rum()).isEqualTo(oldMandate);
		assertThat(old.mandate().revokedOn()).isEqualTo(LocalDate.of(2026, 4, 4));

		assertThat(after.select("table.bank-history tbody tr")).extracting(row -> row.text())
			.containsExactly(
					"•••• •••• •••• •••• •••• ••• 0129IBAN se terminant par 0129 Camille Martin " + newMandate
							+ " 10/03/2026 05/04/2026 En vigueur",
					"•••• •••• •••• •••• •••• ••• 0189IBAN se terminant par 0189 Camille Martin " + oldMandate
							+ " 02/01/2024 — Terminé le 04/04/2026");
		assertThat(after.html()).doesNotContain(NEW_IBAN, OLD_IBAN);
		// The home's paying account is the new one.
		assertThat(page(browser.get("/iadherent")).select(".iban").text()).endsWith("0129");
		// Once signed the change is gone: its page answers 404, its details emptied.
		assertThat(browser.get(signature).getStatus()).isEqualTo(404);
		assertThat(
				jdbc.queryForObject(
						"SELECT COUNT(*) FROM person_bank_change WHERE id = ? AND iban IS NULL"
								+ " AND holder IS NULL AND code_digest IS NULL AND status = 'SIGNED'",
						Long.class, changeId))
			.isEqualTo(1);

		List<QueuedMail> mails = OutboxDelivery.mailsTo(context, camilleAccount.login());
		assertThat(mails).filteredOn(mail -> mail.subject().equals("Votre nouveau mandat de prélèvement est signé"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains(newMandate, "05/04/2026", oldMandate)
				.doesNotContain("1234567890129"));
		assertThat(OutboxDelivery.mailsTo(context, "gestion@integrance.fr"))
			.filteredOn(mail -> mail.text().contains(newMandate))
			.singleElement()
			.satisfies(mail -> {
				assertThat(mail.subject()).isEqualTo("Coordonnées bancaires modifiées en ligne par un adhérent");
				assertThat(mail.text())
					.contains("Camille Martin", "05/04/2026", "/gestion/personnes/" + camille.value())
					.doesNotContain("1234567890129");
			});
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'data.changed' AND object_ref = ? AND subject_ref = ?"
						+ " AND purpose = 'iadherent-member-changes'",
				Long.class, "bank-account:" + fresh.id(), "PERSON:" + camille.value()))
			.isEqualTo(1);
	}

	@Test
	void aRestrictedMemberIsToldBesideTheFieldAndNothingIsStored() throws IOException {
		fr.integrance.testsupport.Restrictions.restrict(context, camille);

		Document refused = page(
				signedIn(camilleAccount).post("/iadherent/banque", "iban", NEW_IBAN, "holder", "Camille Martin"));

		assertThat(refused.select("#iban-error").text()).contains("Le traitement de ces données est limité");
		assertThat(refused.select("input#iban").attr("value")).isEqualTo(NEW_IBAN);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_bank_change WHERE person_id = ?", Long.class,
				camille.value()))
			.isZero();
	}

	@Test
	void anExpiredCodeIsRefusedAndTheChangeClosed() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		String signature = propose(browser, NEW_IBAN, "Camille Martin");
		String code = codeMailedTo(camilleAccount);
		clock.advance(Duration.ofMinutes(16));

		Document expired = page(browser.post(signature, "consent", "true", "code", code));
		assertThat(expired.select("#code-error").text())
			.isEqualTo("Ce code a expiré : recommencez la demande pour en recevoir un nouveau.");
		assertThat(expired.select("a[href=/iadherent/banque]").text()).contains("Recommencer la demande");
		assertThat(browser.get(signature).getStatus()).isEqualTo(404);
		assertThat(people.bankAccounts(camille)).hasSize(1);
		assertThat(people.bankAccounts(camille).get(0).mandate().isActive()).isTrue();
	}

	@Test
	void fiveWrongCodesCloseTheChange() throws IOException {
		WebSession browser = signedIn(camilleAccount);
		String signature = propose(browser, NEW_IBAN, "Camille Martin");
		String code = codeMailedTo(camilleAccount);
		for (int left = 4; left >= 1; left--) {
			assertThat(page(browser.post(signature, "consent", "true", "code", otherThan(code))).select("#code-error")
				.text()).isEqualTo("Ce code n’est pas le bon. Il vous reste " + left + " essai(s).");
		}
		Document exhausted = page(browser.post(signature, "consent", "true", "code", otherThan(code)));
		assertThat(exhausted.select("#code-error").text()).startsWith("Trop d’essais");
		// Even the right code no longer signs it.
		assertThat(browser.post(signature, "consent", "true", "code", code).getStatus()).isEqualTo(404);
		assertThat(people.bankAccounts(camille)).hasSize(1);
	}

	@Test
	void anotherMembersChangeOrARandomIdAnswers404() {
		String lucasSignature = propose(signedIn(lucasAccount), NEW_IBAN, "Lucas Bernard");
		String lucasCode = codeMailedTo(lucasAccount);
		WebSession camilleBrowser = signedIn(camilleAccount);

		assertThat(camilleBrowser.get(lucasSignature).getStatus()).isEqualTo(404);
		assertThat(camilleBrowser.post(lucasSignature, "consent", "true", "code", lucasCode).getStatus())
			.isEqualTo(404);
		assertThat(camilleBrowser.get("/iadherent/banque/signature/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(camilleBrowser
			.post("/iadherent/banque/signature/" + UUID.randomUUID(), "consent", "true", "code", "123456")
			.getStatus()).isEqualTo(404);
		assertThat(camilleBrowser.get("/iadherent/banque/signature/pas-un-id").getStatus()).isEqualTo(404);
		assertThat(people.bankAccounts(lucas)).isEmpty();
		assertThat(people.bankAccounts(camille)).hasSize(1);
	}

	@Test
	void anAccountWithoutAPersonSeesANoticeAndCannotPropose() throws IOException {
		WebSession browser = signedIn(accounts.account(Role.MEMBER));
		Document banque = page(browser.get("/iadherent/banque"));

		assertThat(banque.text()).contains("Vos coordonnées ne sont pas encore rattachées à votre compte");
		assertThat(banque.select("form input#iban")).isEmpty();
		assertThat(browser.post("/iadherent/banque", "iban", NEW_IBAN, "holder", "X").getStatus()).isEqualTo(404);
	}

	@Test
	void aMemberWithoutAccountSeesTheEmptyHistory() throws IOException {
		Document banque = page(signedIn(lucasAccount).get("/iadherent/banque"));

		assertThat(banque.text()).contains("Aucun compte bancaire n’est enregistré à votre nom.");
		assertThat(banque.select("table.bank-history")).isEmpty();
	}

	@Test
	void theNewMandateAppliesFromTheFirstFifthAtLeastFourteenDaysLater() {
		assertThat(BankDetailChanges.effectiveDate(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(BankDetailChanges.effectiveDate(LocalDate.of(2026, 3, 22))).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(BankDetailChanges.effectiveDate(LocalDate.of(2026, 3, 23))).isEqualTo(LocalDate.of(2026, 5, 5));
		assertThat(BankDetailChanges.effectiveDate(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 5));
	}

}
