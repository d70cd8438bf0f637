package fr.integrance.employerspace.api;

import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The client behind an API call, from its token: every query is scoped to
 * {@link #organisationId()}, never to a parameter of the request.
 *
 * @param clientId the client's row id (claim {@code cid})
 * @param organisationId its employer organisation (claim {@code org})
 */
public record ApiCaller(UUID clientId, UUID organisationId) {

	static final String CLIENT_CLAIM = "cid";

	static final String ORGANISATION_CLAIM = "org";

	static ApiCaller of(Jwt jwt) {
		return new ApiCaller(UUID.fromString(jwt.getClaimAsString(CLIENT_CLAIM)),
				UUID.fromString(jwt.getClaimAsString(ORGANISATION_CLAIM)));
	}

	/** How the audit journal names the client. */
	String journalRef() {
		return "employer-api-client:" + clientId;
	}

}
