package fr.integrance.employerspace.api;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotFoundException;

/**
 * The payroll API clients: created, rotated and revoked by an administrator of the
 * employer organisation, always within that organisation (another organisation's client
 * is not found). Each change is journaled. Rows are read with plain JDBC: they hold no
 * personal data (a software name, a digest).
 */
@Service
public class ApiClients {

	/** Longest client name. */
	public static final int MAX_NAME_LENGTH = 80;

	static final AuditAction CREATED = new AuditAction("employerapi.client-created");

	static final AuditAction ROTATED = new AuditAction("employerapi.client-rotated");

	static final AuditAction REVOKED = new AuditAction("employerapi.client-revoked");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = "id, organisation_id, client_id, name, scopes, created_at, secret_rotated_at, revoked_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditJournal journal;

	ApiClients(JdbcClient jdbc, Clock clock, AuditJournal journal) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.journal = journal;
	}

	/**
	 * A new client of the organisation, with its secret to show once.
	 * @throws InvalidValueException {@code employerapi.client.name.required} or
	 * {@code .name.too-long}, {@code employerapi.client.scopes.required}
	 */
	@Transactional
	public IssuedSecret create(UUID organisationId, UUID administrator, String name, List<String> scopes) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidValueException("employerapi.client.name.required");
		}
		if (trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidValueException("employerapi.client.name.too-long");
		}
		List<String> granted = ApiScopes.ALL.stream().filter(scopes::contains).toList();
		if (granted.isEmpty()) {
			throw new InvalidValueException("employerapi.client.scopes.required");
		}
		UUID id = UUID.randomUUID();
		String clientId = "icol-" + random(12);
		String secret = random(32);
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO employer_api_client (id, organisation_id, client_id, name, scopes, secret_digest, "
				+ "created_by, created_at, secret_rotated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, organisationId, clientId, trimmed, String.join(" ", granted), SecretDigest.of(secret),
					administrator, Timestamp.from(now), Timestamp.from(now))
			.update();
		journal.record(AuditEvent.success(AuditActor.account(administrator), CREATED).withObject("api-client:" + id));
		return new IssuedSecret(require(organisationId, id), secret);
	}

	/**
	 * A new secret for an active client; the old one stops at once, and so do the tokens
	 * issued before.
	 */
	@Transactional
	public IssuedSecret rotate(UUID organisationId, UUID administrator, UUID id) {
		ApiClient client = require(organisationId, id);
		if (!client.active()) {
			throw new NotFoundException("api client " + id);
		}
		String secret = random(32);
		jdbc.sql("UPDATE employer_api_client SET secret_digest = ?, secret_rotated_at = ? WHERE id = ?")
			.params(SecretDigest.of(secret), Timestamp.from(clock.instant()), id)
			.update();
		journal.record(AuditEvent.success(AuditActor.account(administrator), ROTATED).withObject("api-client:" + id));
		return new IssuedSecret(require(organisationId, id), secret);
	}

	/** Revoked for good: no token is issued to it, and its tokens are refused. */
	@Transactional
	public void revoke(UUID organisationId, UUID administrator, UUID id) {
		ApiClient client = require(organisationId, id);
		if (client.active()) {
			jdbc.sql("UPDATE employer_api_client SET revoked_at = ? WHERE id = ?")
				.params(Timestamp.from(clock.instant()), id)
				.update();
			journal
				.record(AuditEvent.success(AuditActor.account(administrator), REVOKED).withObject("api-client:" + id));
		}
	}

	/** The organisation's clients, newest first. */
	@Transactional(readOnly = true)
	public List<ApiClient> ofOrganisation(UUID organisationId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM employer_api_client WHERE organisation_id = ? "
					+ "ORDER BY created_at DESC, id")
			.param(organisationId)
			.query(ApiClients::map)
			.list();
	}

	/** The client when it belongs to that organisation; 404 otherwise. */
	public ApiClient require(UUID organisationId, UUID id) {
		return find(id).filter(client -> client.organisationId().equals(organisationId))
			.orElseThrow(() -> new NotFoundException("api client " + id));
	}

	Optional<ApiClient> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM employer_api_client WHERE id = ?")
			.param(id)
			.query(ApiClients::map)
			.optional();
	}

	/** The client and its secret digest, for the authorization server. */
	Optional<Credentials> credentials(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + ", secret_digest FROM employer_api_client WHERE client_id = ?")
			.param(clientId)
			.query((rs, row) -> new Credentials(map(rs, row), rs.getString("secret_digest")))
			.optional();
	}

	Optional<Credentials> credentialsById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + ", secret_digest FROM employer_api_client WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Credentials(map(rs, row), rs.getString("secret_digest")))
			.optional();
	}

	record Credentials(ApiClient client, String secretDigest) {

		@Override
		public String toString() {
			return "Credentials[" + client.clientId() + ", ********]";
		}

	}

	private static ApiClient map(ResultSet rs, int row) throws SQLException {
		return new ApiClient(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("client_id"), rs.getString("name"), List.of(rs.getString("scopes").split(" ")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("secret_rotated_at").toInstant(),
				instant(rs.getTimestamp("revoked_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
