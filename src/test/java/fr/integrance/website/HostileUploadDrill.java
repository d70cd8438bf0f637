package fr.integrance.website;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.integrance.platform.files.HostileFiles;

/**
 * The client of {@code ops/drills/hostile-uploads.sh}: posts every file of the hostile
 * corpus, then the genuine ones, to {@code /contact} of a running platform (a valid form
 * each time, a fresh session, the real multipart path through Tomcat), and prints how
 * many were accepted, refused (with the status) or answered 5xx. Arguments: the base
 * address (127.0.0.1 only).
 */
public final class HostileUploadDrill {

	private static final Pattern FORM_ACTION = Pattern.compile("action=\"(/contact\\?_csrf=[^\"]+)\"");

	private HostileUploadDrill() {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:18085";
		if (!URI.create(base).getHost().equals("127.0.0.1")) {
			throw new IllegalArgumentException("The drill only runs against 127.0.0.1");
		}
		int accepted = 0;
		int refused = 0;
		int errors = 0;
		List<String> wrong = new ArrayList<>();
		long slowest = 0;
		for (HostileFiles.Sample sample : HostileFiles.hostile()) {
			long started = System.nanoTime();
			int status = post(base, sample.uploadName(), sample.content());
			slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
			if (status == 302) {
				accepted++;
				wrong.add(sample.id() + " ACCEPTED");
			}
			else if (status >= 500) {
				errors++;
				wrong.add(sample.id() + " " + status);
			}
			else {
				refused++;
			}
			System.out.printf("%-34s %-18s -> %d%n", sample.id(), sample.expected(), status);
		}
		int genuineAccepted = 0;
		List<HostileFiles.Genuine> genuine = HostileFiles.genuine();
		for (HostileFiles.Genuine file : genuine) {
			int status = post(base, file.uploadName(), file.content());
			System.out.printf("%-34s %-18s -> %d%n", "genuine-" + file.id(), "ACCEPTED", status);
			if (status == 302) {
				genuineAccepted++;
			}
			else {
				wrong.add("genuine-" + file.id() + " refused " + status);
			}
		}
		System.out.printf("hostile: %d sent, %d accepted, %d refused, %d 5xx; slowest answer %d ms%n",
				HostileFiles.hostile().size(), accepted, refused, errors, slowest);
		System.out.printf("genuine: %d sent, %d accepted%n", genuine.size(), genuineAccepted);
		wrong.forEach(line -> System.out.println("UNEXPECTED " + line));
		System.exit(wrong.isEmpty() ? 0 : 1);
	}

	private static int post(String base, String fileName, byte[] content) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create(base + "/contact")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher action = FORM_ACTION.matcher(page);
		if (!action.find()) {
			throw new IllegalStateException("No contact form at " + base);
		}
		String boundary = "----drill" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = Map.of("lastName", "Durand", "firstName", "Paul", "email", "drill@example.fr",
				"subject", "Exercice fichiers", "message", "Fichier joint.", "consent", "true");
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.timeout(Duration.ofSeconds(60))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
