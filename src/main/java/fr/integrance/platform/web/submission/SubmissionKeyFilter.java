package fr.integrance.platform.web.submission;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.web.submission.SubmissionKeyStore.Answer;
import fr.integrance.platform.web.submission.SubmissionKeyStore.Claim;
import fr.integrance.platform.web.submission.SubmissionKeys.Outcome;
import fr.integrance.platform.web.submission.SubmissionKeys.Owned;
import fr.integrance.platform.web.submission.SubmissionKeys.Refusal;
import fr.integrance.platform.web.submission.SubmissionKeys.Replay;

/**
 * A POST, PUT, PATCH or DELETE that carries a key (the form field {@code submission-key}
 * or the header {@code Idempotency-Key}) is run once per key and path; every other post
 * with that key gets the same answer without running the handler again. Placed after the
 * security filters: a post refused there (no CSRF token, no right) never touches a key.
 * <ul>
 * <li>What counts as done: for a form, a redirect (post/redirect/get); a form shown again
 * with its errors gives the key back, so that the person corrects and resends. For the
 * header, any 2xx or 3xx answer. The answer is recorded (the redirect's target with its
 * flash attributes, or the status, type and body) before it is sent, so that nobody is
 * told "sent" before the key says so.</li>
 * <li>A redirect replayed restores its flash attributes in the session of the post that
 * replays it: both answers of a double click show the same confirmation and case
 * number.</li>
 * <li>Two posts at once: the second waits for the first ({@link SubmissionKeys}).</li>
 * <li>The same key with other content is refused (409): a page kept by the back button
 * and sent again with new values would otherwise be answered with the first post's
 * confirmation, its new values lost.</li>
 * <li>Crash: {@link SubmissionWork}.</li>
 * </ul>
 */
final class SubmissionKeyFilter extends OncePerRequestFilter {

	static final String PARAMETER = SubmissionKeyFields.PARAMETER;

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotency-Replayed";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	/** Parameters that differ at each rendering of the same form. */
	private static final Set<String> VOLATILE_PARAMETERS = Set.of(PARAMETER, "_csrf");

	private static final Pattern CANONICAL_UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final int LONGEST_PATH = 255;

	private static final int FINGERPRINTED_BODY = 1 << 20;

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final SubmissionKeys keys;

	private final SubmissionKeyProperties properties;

	private final ObjectProvider<FlashMapManager> flashMaps;

	SubmissionKeyFilter(SubmissionKeys keys, SubmissionKeyProperties properties,
			ObjectProvider<FlashMapManager> flashMaps) {
		this.keys = keys;
		this.properties = properties;
		this.flashMaps = flashMaps;
	}

	/**
	 * The payroll API keeps its own keys, per client and answered in problem+json
	 * ({@code employerspace.api.Idempotency}): any text key, 422 for another body.
	 */
	static final String OWN_KEYS_PATH = "/api/v1/employers/";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !WRITES.contains(request.getMethod())
				|| PATHS.getPathWithinApplication(request).startsWith(OWN_KEYS_PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HEADER);
		HttpServletRequest read = header != null && !isForm(request) ? BufferedBody.of(request) : request;
		String[] fields = read.getParameterValues(PARAMETER);
		if (header == null && fields == null) {
			chain.doFilter(read, response);
			return;
		}
		UUID key = key(header, fields);
		String path = PATHS.getPathWithinApplication(read);
		if (key == null || path.length() > LONGEST_PATH) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		Outcome outcome = keys.claim(key, path, fingerprint(read));
		if (outcome instanceof Owned owned) {
			run(owned.claim(), header != null, read, response, chain);
		}
		else if (outcome instanceof Replay replay) {
			replay(replay.answer(), read, response);
		}
		else {
			refuse((Refusal) outcome, response);
		}
	}

	private void run(Claim claim, boolean api, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		// Loads the session now, if any, so that its reading is not counted as the
		// handler's work.
		request.getSession(false);
		DeferredResponse deferred = new DeferredResponse(response);
		SubmissionWork.begin(claim);
		try {
			chain.doFilter(request, deferred);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			SubmissionWork.end();
			keys.release(claim);
			throw ex;
		}
		SubmissionWork.end();
		Answer answer = answer(deferred, request, api);
		if (answer != null) {
			keys.complete(claim, answer);
		}
		else {
			keys.release(claim);
		}
		deferred.send();
	}

	/**
	 * The answer to record, or null when the post did not succeed: a form succeeds with a
	 * redirect, an API call with any 2xx or 3xx.
	 */
	private @Nullable Answer answer(DeferredResponse deferred, HttpServletRequest request, boolean api) {
		int status = deferred.answeredStatus();
		String location = deferred.location();
		boolean redirect = status >= 300 && status < 400 && location != null;
		boolean succeeded = api ? status >= 200 && status < 400 : redirect;
		if (!succeeded) {
			return null;
		}
		if (redirect) {
			Map<String, ?> flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
			return new Answer(status, location, FlashAttributes.write(flash), null, null);
		}
		byte[] body = deferred.getContentAsByteArray();
		return new Answer(status, location, null, deferred.getContentType(),
				body.length <= properties.maxStoredBody() ? body : null);
	}

	private void replay(Answer answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(REPLAYED_HEADER, "true");
		String location = answer.location();
		if (location != null && answer.status() >= 300 && answer.status() < 400) {
			restoreFlash(answer, location, request, response);
			if (answer.status() == HttpServletResponse.SC_FOUND) {
				response.sendRedirect(location);
			}
			else {
				response.setStatus(answer.status());
				response.setHeader(HttpHeaders.LOCATION, location);
			}
			return;
		}
		response.setStatus(answer.status());
		if (location != null) {
			response.setHeader(HttpHeaders.LOCATION, location);
		}
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		byte[] body = answer.body();
		if (body != null) {
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	private void restoreFlash(Answer answer, String location, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> attributes = FlashAttributes.read(answer.flash());
		FlashMapManager manager = flashMaps.getIfAvailable();
		if (attributes.isEmpty() || manager == null) {
			return;
		}
		FlashMap flash = new FlashMap();
		flash.putAll(attributes);
		flash.setTargetRequestPath(UriComponentsBuilder.fromUriString(location).build().getPath());
		manager.saveOutputFlashMap(flash, request, response);
	}

	private static void refuse(Refusal refusal, HttpServletResponse response) throws IOException {
		if (refusal == Refusal.IN_PROGRESS) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		}
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** The key, or null when malformed or when the field and the header disagree. */
	static @Nullable UUID key(@Nullable String header, String @Nullable [] fields) {
		UUID key = null;
		for (String value : fields == null ? new String[0] : fields) {
			UUID field = parse(value);
			if (field == null || key != null && !key.equals(field)) {
				return null;
			}
			key = field;
		}
		if (header != null) {
			UUID fromHeader = parse(header);
			if (fromHeader == null || key != null && !key.equals(fromHeader)) {
				return null;
			}
			key = fromHeader;
		}
		return key;
	}

	private static @Nullable UUID parse(String value) {
		String text = value.strip();
		return CANONICAL_UUID.matcher(text).matches() ? UUID.fromString(text) : null;
	}

	/**
	 * What the post carries, but for what differs at each rendering of the same form (its
	 * key, its CSRF token): parameters, the files' names and sizes, a non-form body.
	 */
	static String fingerprint(HttpServletRequest request) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		add(digest, request.getMethod());
		add(digest, PATHS.getPathWithinApplication(request));
		Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
		VOLATILE_PARAMETERS.forEach(parameters::remove);
		parameters.forEach((name, values) -> {
			add(digest, name);
			Arrays.stream(values).forEach(value -> add(digest, value));
		});
		if (isMultipart(request)) {
			try {
				for (Part part : request.getParts()) {
					if (part.getSubmittedFileName() != null) {
						add(digest, part.getName());
						add(digest, part.getSubmittedFileName());
						add(digest, Long.toString(part.getSize()));
					}
				}
			}
			catch (ServletException | IOException | RuntimeException ex) {
				// Parts that cannot be read (over the size limit) are not the key's
				// business: the form answers that itself.
			}
		}
		if (request instanceof BufferedBody buffered) {
			digest.update(buffered.head);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void add(MessageDigest digest, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		digest.update(bytes);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
		return lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				|| lower.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	/**
	 * A request whose body (JSON, for an API) was read ahead for the fingerprint, its
	 * first megabyte at most; the handler reads it whole as sent.
	 */
	static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] head;

		private final InputStream body;

		private BufferedBody(HttpServletRequest request, byte[] head, InputStream rest) {
			super(request);
			this.head = head;
			this.body = new SequenceInputStream(new ByteArrayInputStream(head), rest);
		}

		static BufferedBody of(HttpServletRequest request) throws IOException {
			InputStream in = request.getInputStream();
			return new BufferedBody(request, in.readNBytes(FINGERPRINTED_BODY), in);
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {
				private boolean finished;

				@Override
				public int read() throws IOException {
					int next = body.read();
					finished = next < 0;
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = body.read(buffer, offset, length);
					finished = count < 0;
					return count;
				}

				@Override
				public boolean isFinished() {
					return finished;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reading only");
				}
			};
		}

	}

}
