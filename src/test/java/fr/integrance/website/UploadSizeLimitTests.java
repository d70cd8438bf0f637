package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.integrance.requests.TestFiles;

/**
 * Against the real server (Tomcat applies the multipart limits, MockMvc does not): a file
 * over the 5 MB limit is answered 413 with the contact form and a French message, not
 * with "access denied" (the CSRF token travels in the address, since the body is not
 * read).
 */
// Plain http to the test server: the session cookie must not be Secure, or the client
// never sends it back.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.servlet.session.cookie.secure=false")
@Tag("integration")
class UploadSizeLimitTests {

	private static final Pattern FORM_ACTION = Pattern.compile("action=\"(/contact\\?_csrf=[^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void oversizedFileIsAnswered413WithTheFormInFrench() throws Exception {
		String action = formAction();
		byte[] big = new byte[6 * 1024 * 1024];
		byte[] pdf = TestFiles.pdf();
		System.arraycopy(pdf, 0, big, 0, pdf.length);

		HttpResponse<String> response = postMultipart(action, "gros.pdf", big);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Nous contacter", "Le fichier est trop volumineux", "name=\"lastName\"")
			.doesNotContain("Vous n’avez pas accès");
	}

	@Test
	void fileUnderTheLimitIsReadNormally() throws Exception {
		String action = formAction();
		HttpResponse<String> response = postMultipart(action, "petit.pdf", TestFiles.pdf());

		// Valid file but the form is empty: the form comes back with its errors, and asks
		// for the file again (it was not stored).
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Saisissez votre nom").contains("choisissez-les à nouveau");
	}

	/**
	 * A NUL or a direction override in the file name, as the browser part header carries
	 * it through Tomcat's multipart parser: a French 400 beside the field with the form,
	 * never a 500. (Tomcat stops parsing at a NUL name: the fields it had read are not
	 * handed back, so the form comes back empty in that case.)
	 */
	@Test
	void deceptiveFileNamesAreRefusedInFrenchWithTheFormKept() throws Exception {
		for (String name : new String[] { "facture\u0000.pdf", "facture\u0000.exe.pdf", "facture\u202Efdp.exe",
				"bell\u0007.pdf" }) {
			HttpResponse<String> response = postMultipart(formAction(), name, TestFiles.pdf());

			assertThat(response.statusCode()).as(name).isEqualTo(400);
			assertThat(response.body()).as(name)
				.contains("Le nom de ce fichier contient des caractères invisibles ou de contrôle")
				.contains("name=\"lastName\"", "name=\"subject\"");
		}
	}

	@Test
	void oversizedAttestationComesBackOnStepFiveWithTheEarlierStepsKept() throws Exception {
		postForm("/souscription/identite", "civility=MME&lastName=Durand&firstName=Alice&birthDate=1980-05-17"
				+ "&phone=0612345678&email=alice%40example.fr&addressLine1=1+rue+Haute&postalCode=75011&city=Paris");
		postForm("/souscription/situation", "scheme=GENERAL&familySituation=SINGLE");
		postForm("/souscription/ayants-droit", "");
		postForm("/souscription/formule", "planCode=essentielle");
		HttpResponse<String> step = client.send(HttpRequest.newBuilder(uri("/souscription/pieces")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher action = Pattern.compile("action=\"(/souscription/pieces\\?_csrf=[^\"]+)\"").matcher(step.body());
		assertThat(action.find()).isTrue();

		HttpResponse<String> response = postMultipart(action.group(1), "attestation", "attestation.pdf",
				new byte[6 * 1024 * 1024]);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Pièces justificatives et accords", "Le fichier est trop volumineux");
		String identity = client
			.send(HttpRequest.newBuilder(uri("/souscription/identite")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(identity).contains("value=\"Alice\"", "value=\"75011\"");
	}

	private void postForm(String path, String body) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("CSRF token on %s", path).isTrue();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1) + (body.isEmpty() ? "" : "&" + body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("POST %s", path).isEqualTo(302);
	}

	private String formAction() throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/contact")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = FORM_ACTION.matcher(page.body());
		assertThat(matcher.find()).as("form action with the CSRF token").isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	private HttpResponse<String> postMultipart(String action, String fileName, byte[] content) throws Exception {
		return postMultipart(action, "attachments", fileName, content);
	}

	private HttpResponse<String> postMultipart(String action, String field, String fileName, byte[] content)
			throws Exception {
		String boundary = "----intake" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nTest\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.timeout(Duration.ofSeconds(60))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
