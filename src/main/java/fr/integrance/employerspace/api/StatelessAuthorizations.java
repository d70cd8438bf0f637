package fr.integrance.employerspace.api;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no authorization. Client credentials give self-contained JWTs that the API checks
 * by their signature and its client's row (revoked or rotated since); nothing asks for a
 * stored authorization (no refresh token, no introspection or revocation endpoint is
 * exposed). The in-memory default would grow with every token and differ from node to
 * node.
 */
final class StatelessAuthorizations implements OAuth2AuthorizationService {

	@Override
	public void save(OAuth2Authorization authorization) {
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
	}

	@Override
	public @Nullable OAuth2Authorization findById(String id) {
		return null;
	}

	@Override
	public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
		return null;
	}

}
