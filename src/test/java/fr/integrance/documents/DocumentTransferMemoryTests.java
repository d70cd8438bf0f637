package fr.integrance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 10 MB document up and down through the web pages of the member space, against the
 * real embedded server (Tomcat applies the multipart limits, MockMvc does not): the
 * member signs in, uploads a 10 MB PNG through the listing's form (read from a file as it
 * is sent, never whole in the test's memory), downloads it into a SHA-256 and deletes it,
 * ten times; the used heap after a garbage collection stays within a few MB of where it
 * was. A file over the per-file quota (20 MB) comes back with the French error beside the
 * file field, without JavaScript. Meant to be run under a small heap too (BENCHMARKS.md):
 * {@code ./mvnw -q test -Dtest=DocumentTransferMemoryTests -Dtest.jvmArgs=-Xmx256m -Djacoco.skip=true}.
 */
// Plain http to the test server: the session cookie must not be Secure, or the client
// never sends it back.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.session.cookie.secure=false", "app.demo-data.enabled=true" })
@Tag("integration")
class DocumentTransferMemoryTests {

	private static final Logger log = LoggerFactory.getLogger(DocumentTransferMemoryTests.class);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern UPLOAD_ACTION = Pattern
		.compile("action=\"(/iadherent/documents/depot\\?_csrf=[^\"]+)\"");

	private static final int ROUND_TRIPS = 10;

	/**
	 * The growth allowed: less than a third of what keeping one copy of each transfer
	 * would retain (10 × 10.4 MB), so that a leak of the files fails while the other test
	 * contexts sharing this JVM in a full build (their jobs, their caches) do not (a
	 * growth of 15 MB was seen there; 0 to 6 MB when this class runs alone).
	 */
	private static final long ALLOWED_GROWTH = 32L * 1024 * 1024;

	@TempDir
	static Path files;

	static Path tenMegabytes;

	static String tenMegabytesSha256;

	@LocalServerPort
	int port;

	@Autowired
	MultipartConfigElement multipart;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	static void makeTheFile() throws Exception {
		tenMegabytes = files.resolve("releve-10-mo.png");
		// 1,024 × 3,400 random pixels, stored without compression: 10.4 MB
		writePng(tenMegabytes, 1024, 3400, 42);
		tenMegabytesSha256 = sha256(Files.newInputStream(tenMegabytes));
	}

	@AfterAll
	static void forget() {
		tenMegabytes = null;
	}

	@Test
	void partsGoToDiskFromTheirFirstByteAndTheServerTakesTheDocumentLimit() {
		assertThat(multipart.getFileSizeThreshold()).isZero();
		assertThat(multipart.getMaxFileSize()).isEqualTo(20L * 1024 * 1024);
	}

	@Test
	void tenRoundTripsOfTenMegabytesThroughThePagesLeaveTheHeapFlat() throws Exception {
		signIn();
		assertThat(Files.size(tenMegabytes)).isGreaterThan(10L * 1000 * 1000);
		// One round trip first, so that classes, caches and the session are warm.
		roundTrip();
		long before = usedHeapAfterGc();
		resetPeaks();
		long started = System.nanoTime();

		for (int i = 0; i < ROUND_TRIPS; i++) {
			roundTrip();
		}
		long elapsed = System.nanoTime() - started;
		long peak = peakHeap();
		long after = usedHeapAfterGc();

		long growth = after - before;
		log.info(
				"DocumentTransferMemoryTests: max heap {} MB, used heap before {} MB, after {} round trips of"
						+ " {} bytes through the pages {} MB, growth {} MB, peak {} MB, {} ms a round trip",
				Runtime.getRuntime().maxMemory() / (1024 * 1024), megabytes(before), ROUND_TRIPS,
				Files.size(tenMegabytes), megabytes(after), megabytes(growth), megabytes(peak),
				elapsed / 1_000_000 / ROUND_TRIPS);
		assertThat(growth).isLessThan(ALLOWED_GROWTH);
	}

	@Test
	void aFileOverTheDocumentLimitComesBackWithTheFrenchErrorBesideTheField() throws Exception {
		signIn();
		Path tooBig = files.resolve("trop-gros.png");
		// 20.5 MB: over the 20 MB quota a file, within what Tomcat swallows after it
		writePng(tooBig, 2048, 3500, 7);
		assertThat(Files.size(tooBig)).isGreaterThan(20L * 1024 * 1024);

		HttpResponse<String> answer = client.send(upload(uploadAction(), tooBig), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		String body = answer.body();
		assertThat(body).contains("id=\"file-error\"")
			.contains("Ce fichier dépasse la taille maximale de 20")
			.contains("aria-describedby=\"file-hint file-error\"");
		// the error is the file field's, beside it
		assertThat(body.indexOf("id=\"file-error\"")).isLessThan(body.indexOf("id=\"file\""))
			.isGreaterThan(body.indexOf("for=\"file\""));
	}

	private void roundTrip() throws Exception {
		HttpResponse<Void> uploaded = client.send(upload(uploadAction(), tenMegabytes),
				HttpResponse.BodyHandlers.discarding());
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String document = uploaded.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(document).matches("/iadherent/documents/[0-9a-f-]{36}");

		HttpResponse<InputStream> file = client.send(get(document + "/fichier").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(tenMegabytes));
		assertThat(sha256(file.body())).isEqualTo(tenMegabytesSha256);

		String token = csrf(page(document + "/suppression"));
		HttpResponse<Void> deleted = client.send(
				post(document + "/suppression", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
				HttpResponse.BodyHandlers.discarding());
		assertThat(deleted.statusCode()).isEqualTo(302);
	}

	private void signIn() throws Exception {
		String token = csrf(page("/connexion"));
		HttpResponse<Void> answer = client.send(
				post("/connexion",
						"_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
								+ "&identifiant=adherent%40demo.integrance.fr&motDePasse=Demo-Integrance-2026"),
				HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).as("sign-in").isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("connexion");
	}

	private String uploadAction() throws Exception {
		Matcher action = UPLOAD_ACTION.matcher(page("/iadherent/documents"));
		assertThat(action.find()).as("the upload form carries its CSRF token in its address").isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	/** The listing's upload form, sent as a browser without JavaScript sends it. */
	private HttpRequest upload(String action, Path file) throws IOException {
		String boundary = "----documents" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nRelevé\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: image/png\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
					HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))))
			.timeout(Duration.ofSeconds(120))
			.build();
	}

	private String page(String path) throws Exception {
		HttpResponse<String> answer = client.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
		return answer.body();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token").isTrue();
		return token.group(1);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).GET();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sha256(InputStream content) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(content, digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
	}

	/**
	 * The smallest used heap seen after each of a few explicit collections (a full,
	 * synchronous collection with the JVM's default collector; no pause between them).
	 */
	static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long now = memory.getHeapMemoryUsage().getUsed();
			used = Math.min(used, now);
		}
		return used;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound. */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	/**
	 * A true PNG of random pixels, stored without compression, written as it is made
	 * (IDAT chunks of 64 KB): the file never exists whole in memory.
	 */
	static void writePng(Path target, int width, int height, long seed) throws IOException {
		try (OutputStream file = Files.newOutputStream(target)) {
			file.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
			header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
			chunk(file, "IHDR", header.array(), 13);
			Deflater deflater = new Deflater(Deflater.NO_COMPRESSION);
			try (IdatChunks idat = new IdatChunks(file);
					DeflaterOutputStream zlib = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
				SplittableRandom random = new SplittableRandom(seed);
				byte[] row = new byte[1 + width * 3];
				for (int y = 0; y < height; y++) {
					for (int x = 1; x < row.length; x++) {
						row[x] = (byte) random.nextInt(256);
					}
					zlib.write(row);
				}
			}
			finally {
				deflater.end();
			}
			chunk(file, "IEND", new byte[0], 0);
		}
	}

	private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(ByteBuffer.allocate(4).putInt(length).array());
		out.write(name);
		out.write(data, 0, length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, 0, length);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** The zlib stream cut into IDAT chunks; closing flushes the last one only. */
	private static final class IdatChunks extends OutputStream {

		private final OutputStream file;

		private final byte[] buffer = new byte[64 * 1024];

		private int count;

		IdatChunks(OutputStream file) {
			this.file = file;
		}

		@Override
		public void write(int b) throws IOException {
			if (count == buffer.length) {
				emit();
			}
			buffer[count++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}

		private void emit() throws IOException {
			if (count > 0) {
				chunk(file, "IDAT", buffer, count);
				count = 0;
			}
		}

		@Override
		public void close() throws IOException {
			emit();
		}

	}

}
