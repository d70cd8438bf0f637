package fr.integrance.platform.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.platform.web.submission.Visitor.Form;

/**
 * A form posted twice with its key (a double click, or a retry after no answer) makes one
 * case, and both answers show it; a form shown again with errors keeps its key usable;
 * the key is on every POST form without any template naming it. Against the real server,
 * each visitor with its own session.
 */
// Plain http to the test server: the session cookie must not be Secure, or the client
// never sends it back.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.session.cookie.secure=false")
@Tag("integration")
class SubmissionKeyFormsTests {

	private static final Pattern REFERENCE = Pattern.compile("class=\"reference\">([^<]+)<");

	private static final Pattern UUID_SHAPE = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPostFormCarriesAFreshKeyBesideItsCsrfToken() throws Exception {
		Visitor visitor = new Visitor(port);
		Form contact = visitor.form("/contact", "/contact");
		Form signIn = visitor.form("/connexion", "/connexion");
		Form rights = visitor.form("/mes-droits", "/mes-droits");

		for (Form form : new Form[] { contact, signIn, rights }) {
			assertThat(form.key()).as(form.action()).matches(UUID_SHAPE);
		}
		assertThat(signIn.hidden()).containsKey("_csrf");
		assertThat(rights.hidden()).containsKey("_csrf");
		assertThat(contact.action()).contains("_csrf=");
		assertThat(visitor.form("/contact", "/contact").key()).isNotEqualTo(contact.key());
	}

	@Test
	void contactPostedTwiceWithItsKeyMakesOneCaseShownByBothAnswers() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> values = contact("double.clic@example.fr");

		HttpResponse<String> first = visitor.post(form, values);
		String reference = reference(visitor.follow(first));
		HttpResponse<String> second = visitor.post(form, values);

		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(second.headers().firstValue(SubmissionKeyFilter.REPLAYED_HEADER)).hasValue("true");
		assertThat(reference(visitor.follow(second))).isEqualTo(reference);
		assertThat(casesFrom("double.clic@example.fr")).isEqualTo(1);
	}

	@Test
	void aDoubleClickShowsTheCaseOfTheFirstPostOnTheAnswerTheBrowserFollows() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> values = contact("double.clic.navigateur@example.fr");

		// The browser drops the first answer and follows the second.
		visitor.post(form, values);
		HttpResponse<String> second = visitor.post(form, values);

		String reference = reference(visitor.follow(second));
		assertThat(jdbc.queryForObject("SELECT reference FROM request_case WHERE submitter_email = ?", String.class,
				"double.clic.navigateur@example.fr"))
			.isEqualTo(reference);
	}

	@Test
	void aRetryFromAnotherSessionWithTheSameKeyGetsTheSameCase() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> values = contact("reprise@example.fr");
		String reference = reference(visitor.follow(visitor.post(form, values)));

		// After a restart, say: a new session (its own CSRF token), the key of the first
		// post.
		Visitor again = new Visitor(port);
		Form retry = again.form("/contact", "/contact").withKey(form.key());
		HttpResponse<String> answer = again.post(retry, values);

		assertThat(reference(again.follow(answer))).isEqualTo(reference);
		assertThat(casesFrom("reprise@example.fr")).isEqualTo(1);
	}

	@Test
	void aKeyTheClientMadeIsAccepted() throws Exception {
		Visitor visitor = new Visitor(port);
		String key = UUID.randomUUID().toString();
		Form form = visitor.form("/contact", "/contact").withKey(key);

		visitor.post(form, contact("cle.client@example.fr"));
		visitor.post(form, contact("cle.client@example.fr"));

		assertThat(casesFrom("cle.client@example.fr")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT state FROM submission_key WHERE submission_key = ? AND path = ?",
				String.class, UUID.fromString(key), "/contact"))
			.isEqualTo("DONE");
	}

	@Test
	void aFormShownAgainWithErrorsKeepsItsKeyForTheCorrectedPost() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> values = contact("correction@example.fr");
		values.put("message", "");

		HttpResponse<String> refused = visitor.post(form, values);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Saisissez votre message");

		values.put("message", "Voici mon message, corrigé.");
		HttpResponse<String> sent = visitor.post(form, values);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(reference(visitor.follow(sent))).matches("DEM-\\d{4}-\\d{6}");
		assertThat(casesFrom("correction@example.fr")).isEqualTo(1);
	}

	@Test
	void aUsedKeySentWithOtherValuesIsRefusedInFrench() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		visitor.post(form, contact("retour.arriere@example.fr"));

		Map<String, String> other = contact("retour.arriere@example.fr");
		other.put("message", "Une autre question, écrite sur la page gardée par le bouton Précédent.");
		HttpResponse<String> refused = visitor.post(form, other);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Ce formulaire a déjà été envoyé");
		assertThat(casesFrom("retour.arriere@example.fr")).isEqualTo(1);
	}

	@Test
	void aMalformedKeyIsABadRequestInFrench() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact").withKey("pas-une-cle");

		HttpResponse<String> refused = visitor.post(form, contact("cle.invalide@example.fr"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Nous n’avons pas pu traiter votre demande");
		assertThat(casesFrom("cle.invalide@example.fr")).isZero();
	}

	@Test
	void aFormPostedWithoutKeyIsServedAsBefore() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> hidden = new HashMap<>(form.hidden());
		hidden.remove(SubmissionKeyFields.PARAMETER);
		Form withoutKey = new Form(form.action(), hidden, form.multipart());

		assertThat(visitor.post(withoutKey, contact("sans.cle@example.fr")).statusCode()).isEqualTo(302);
		assertThat(visitor.post(withoutKey, contact("sans.cle@example.fr")).statusCode()).isEqualTo(302);
		assertThat(casesFrom("sans.cle@example.fr")).isEqualTo(2);
	}

	@Test
	void idempotencyKeyHeaderMakesARepeatedPostRunOnce() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/contact", "/contact");
		Map<String, String> fields = new HashMap<>(form.hidden());
		fields.remove(SubmissionKeyFields.PARAMETER);
		fields.putAll(contact("entete@example.fr"));
		Map<String, String> header = Map.of(SubmissionKeyFilter.HEADER, UUID.randomUUID().toString());

		HttpResponse<String> first = visitor.send(form.action(), fields, form.multipart(), header);
		HttpResponse<String> second = visitor.send(form.action(), fields, form.multipart(), header);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(second.headers().firstValue(SubmissionKeyFilter.REPLAYED_HEADER)).hasValue("true");
		assertThat(casesFrom("entete@example.fr")).isEqualTo(1);
	}

	@Test
	void rightsRequestPostedTwiceWithItsKeyIsReceivedOnce() throws Exception {
		Visitor visitor = new Visitor(port);
		Form form = visitor.form("/mes-droits", "/mes-droits");
		Map<String, String> values = Map.of("rightId", "rectification", "scope", "website-subscription-requests",
				"message", "Mon adresse a changé", "firstName", "Jeanne", "lastName", "Darc", "email",
				"jeanne.deux.fois@example.fr", "memberNumber", "");

		String reference = reference(visitor.follow(visitor.post(form, values)));
		HttpResponse<String> second = visitor.post(form, values);

		assertThat(reference(visitor.follow(second))).isEqualTo(reference);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM rights_request WHERE requester_email = ?", Integer.class,
				"jeanne.deux.fois@example.fr"))
			.isEqualTo(1);
	}

	@Test
	void subscriptionSentTwiceFromItsSummaryMakesOneCaseShownByBothAnswers() throws Exception {
		Visitor visitor = new Visitor(port);
		visitor.post(visitor.form("/souscription/identite", "/souscription/identite"),
				Map.of("civility", "MME", "lastName", "Durand", "firstName", "Alice", "birthDate", "1980-05-17",
						"phone", "0612345678", "email", "alice.deux.fois@example.fr", "addressLine1", "1 rue Haute",
						"postalCode", "75011", "city", "Paris"));
		visitor.post(visitor.form("/souscription/situation", "/souscription/situation"),
				Map.of("scheme", "GENERAL", "familySituation", "SINGLE"));
		visitor.post(visitor.form("/souscription/ayants-droit", "/souscription/ayants-droit"), Map.of());
		visitor.post(visitor.form("/souscription/formule", "/souscription/formule"), Map.of("planCode", "essentielle"));
		visitor.post(visitor.form("/souscription/pieces", "/souscription/pieces"), Map.of("certifiesAccuracy", "true"));
		Form summary = visitor.form("/souscription/recapitulatif", "/souscription/recapitulatif");

		HttpResponse<String> first = visitor.post(summary, Map.of());
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/souscription/confirmation");
		String reference = reference(visitor.follow(first));
		HttpResponse<String> second = visitor.post(summary, Map.of());

		assertThat(reference(visitor.follow(second))).isEqualTo(reference);
		assertThat(casesFrom("alice.deux.fois@example.fr")).isEqualTo(1);
	}

	static Map<String, String> contact(String email) {
		Map<String, String> values = new HashMap<>();
		values.put("lastName", "Durand");
		values.put("firstName", "Paul");
		values.put("email", email);
		values.put("phone", "");
		values.put("memberNumber", "");
		values.put("subject", "Question sur ma cotisation");
		values.put("message", "Bonjour, pouvez-vous m’expliquer ?");
		values.put("consent", "true");
		return values;
	}

	static String reference(String page) {
		Matcher matcher = REFERENCE.matcher(page);
		assertThat(matcher.find()).as("a case reference on the page").isTrue();
		return matcher.group(1);
	}

	private int casesFrom(String email) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM request_case WHERE submitter_email = ?",
				Integer.class, email);
		return count == null ? 0 : count;
	}

}
