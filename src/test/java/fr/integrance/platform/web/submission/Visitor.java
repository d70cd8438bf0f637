package fr.integrance.platform.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser, against the real server: its own cookies (session), the
 * forms as rendered (their action and hidden fields), posts as a browser sends them.
 */
final class Visitor {

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	Visitor(int port) {
		this.port = port;
	}

	String page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	/** The POST form of the page whose action starts with the path. */
	Form form(String page, String action) throws IOException, InterruptedException {
		Document document = Jsoup.parse(page(page));
		Element form = document.select("form[method=post]")
			.stream()
			.filter(candidate -> candidate.attr("action").startsWith(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no POST form to " + action + " on " + page));
		Map<String, String> hidden = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach(input -> hidden.put(input.attr("name"), input.attr("value")));
		return new Form(form.attr("action"), hidden, "multipart/form-data".equals(form.attr("enctype")));
	}

	/** Posts the form with these values besides its hidden fields (key included). */
	HttpResponse<String> post(Form form, Map<String, String> values) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(form.hidden());
		fields.putAll(values);
		return send(form.action(), fields, form.multipart(), Map.of());
	}

	HttpResponse<String> send(String action, Map<String, String> fields, boolean multipart, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(action))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60));
		headers.forEach(request::header);
		if (multipart) {
			String boundary = "----submission" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (Map.Entry<String, String> field : fields.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}
		else {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(fields.entrySet()
					.stream()
					.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
					.collect(Collectors.joining("&"))));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Follows a redirect answer and returns the page it leads to. */
	String follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
		assertThat(redirect.statusCode()).as("a redirect").isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return page(URI.create(location).getPath());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path.replace("&amp;", "&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A form as rendered. */
	record Form(String action, Map<String, String> hidden, boolean multipart) {

		String key() {
			return hidden.get(SubmissionKeyFields.PARAMETER);
		}

		Form withKey(String key) {
			Map<String, String> fields = new LinkedHashMap<>(hidden);
			fields.put(SubmissionKeyFields.PARAMETER, key);
			return new Form(action, fields, multipart);
		}

	}

}
