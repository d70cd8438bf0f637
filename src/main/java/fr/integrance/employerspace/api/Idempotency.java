package fr.integrance.employerspace.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} of the API's POSTs, kept in the database (every node sees
 * the same keys) for 24 hours: the first call with a key reserves it, runs and stores its
 * answer (status, location, body); the same key again with the same method, path and body
 * gives the stored answer back without running anything; with another request, 422. A
 * call still running under that key answers 409. A call that fails unexpectedly (5xx)
 * releases its key so that it can be retried. Stored bodies hold ids and statuses only.
 */
@Component
class Idempotency {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_KEY_LENGTH = 100;

	static final Duration KEPT = Duration.ofHours(24);

	private static final int RUNNING = 0;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	private final ApiProblems problems;

	private final TransactionTemplate transactions;

	Idempotency(JdbcClient jdbc, Clock clock, JsonMapper json, ApiProblems problems, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
		this.problems = problems;
		this.transactions = transactions;
	}

	/**
	 * Runs {@code call} once per key; without a key, runs it every time.
	 */
	ResponseEntity<?> run(ApiCaller caller, @Nullable String key, String method, String path, byte[] body,
			Supplier<ResponseEntity<?>> call) {
		if (key == null) {
			return call.get();
		}
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7e]+")) {
			return problem(problems.problem(HttpStatus.BAD_REQUEST, "idempotency-key-invalid", MAX_KEY_LENGTH));
		}
		String digest = digest(method, path, body);
		Optional<Stored> stored = find(caller.clientId(), key);
		if (stored.isEmpty()) {
			UUID id = UUID.randomUUID();
			try {
				transactions.executeWithoutResult(status -> jdbc.sql(
						"INSERT INTO employer_api_idempotency (id, client_id, idempotency_key, request_digest, status, body, created_at) "
								+ "VALUES (?, ?, ?, ?, ?, '', ?)")
					.params(id, caller.clientId(), key, digest, RUNNING, Timestamp.from(clock.instant()))
					.update());
			}
			catch (DuplicateKeyException raced) {
				return replay(find(caller.clientId(), key).orElseThrow(), digest);
			}
			ResponseEntity<?> answer;
			try {
				answer = call.get();
			}
			catch (RuntimeException e) {
				release(id);
				throw e;
			}
			if (answer.getStatusCode().is5xxServerError()) {
				release(id);
				return answer;
			}
			String location = answer.getHeaders().getFirst(HttpHeaders.LOCATION);
			String text = answer.getBody() == null ? "" : json.writeValueAsString(answer.getBody());
			String contentType = answer.getHeaders().getContentType() == null ? ""
					: String.valueOf(answer.getHeaders().getContentType());
			jdbc.sql("UPDATE employer_api_idempotency SET status = ?, location = ?, body = ? WHERE id = ?")
				.param(answer.getStatusCode().value())
				.param(location)
				.param(contentType + "\n" + text)
				.param(id)
				.update();
			return answer;
		}
		return replay(stored.get(), digest);
	}

	private ResponseEntity<?> replay(Stored stored, String digest) {
		if (!stored.digest().equals(digest)) {
			return problem(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-mismatch"));
		}
		if (stored.status() == RUNNING) {
			return problem(problems.problem(HttpStatus.CONFLICT, "idempotency-running"));
		}
		int newline = stored.body().indexOf('\n');
		String contentType = newline < 0 ? "" : stored.body().substring(0, newline);
		String text = newline < 0 ? stored.body() : stored.body().substring(newline + 1);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status())
			.header("Idempotent-Replayed", "true");
		if (stored.location() != null) {
			builder.header(HttpHeaders.LOCATION, stored.location());
		}
		if (text.isEmpty()) {
			return builder.build();
		}
		return builder
			.contentType(contentType.isEmpty() ? MediaType.APPLICATION_JSON : MediaType.parseMediaType(contentType))
			.body(text);
	}

	private ResponseEntity<?> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
	}

	private void release(UUID id) {
		jdbc.sql("DELETE FROM employer_api_idempotency WHERE id = ?").param(id).update();
	}

	private Optional<Stored> find(UUID client, String key) {
		return jdbc
			.sql("SELECT request_digest, status, location, body FROM employer_api_idempotency "
					+ "WHERE client_id = ? AND idempotency_key = ?")
			.params(client, key)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** Forgets the keys older than {@link #KEPT}. */
	int purge() {
		return jdbc.sql("DELETE FROM employer_api_idempotency WHERE created_at < ?")
			.param(Timestamp.from(clock.instant().minus(KEPT)))
			.update();
	}

	private static String digest(String method, String path, byte[] body) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Stored(String digest, int status, @Nullable String location, String body) {
	}

}
