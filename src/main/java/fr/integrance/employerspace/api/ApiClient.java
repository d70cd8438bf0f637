package fr.integrance.employerspace.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payroll API client of one employer organisation, as listed on « Accès API ». Its
 * secret is never kept: only its SHA-256 digest, in the database.
 *
 * @param id the row id, also the {@code cid} claim of its tokens
 * @param clientId the OAuth 2 {@code client_id}
 * @param name the name the administrator gave (the payroll software's)
 */
public record ApiClient(UUID id, UUID organisationId, String clientId, String name, List<String> scopes,
		Instant createdAt, Instant secretRotatedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

	public boolean canWrite() {
		return scopes.contains(ApiScopes.WRITE);
	}

}
