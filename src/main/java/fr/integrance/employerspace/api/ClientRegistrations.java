package fr.integrance.employerspace.api;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The authorization server's view of {@link ApiClients}: an active client may obtain
 * tokens by client credentials (HTTP Basic or form), for its scopes; a revoked one is
 * unknown. Clients are created on « Accès API », never through this repository.
 */
final class ClientRegistrations implements RegisteredClientRepository {

	/** The client setting that carries its organisation, put into its tokens. */
	static final String ORGANISATION_SETTING = "fr.integrance.employer-organisation";

	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

	private final ApiClients clients;

	ClientRegistrations(ApiClients clients) {
		this.clients = clients;
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException("API clients are created in iCollectif");
	}

	@Override
	public @Nullable RegisteredClient findById(String id) {
		try {
			return clients.credentialsById(UUID.fromString(id)).map(ClientRegistrations::registered).orElse(null);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		return clients.credentials(clientId).map(ClientRegistrations::registered).orElse(null);
	}

	private static @Nullable RegisteredClient registered(ApiClients.Credentials credentials) {
		ApiClient client = credentials.client();
		if (!client.active()) {
			return null;
		}
		return RegisteredClient.withId(client.id().toString())
			.clientId(client.clientId())
			.clientIdIssuedAt(client.createdAt())
			.clientSecret(credentials.secretDigest())
			.clientName(client.name())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes(scopes -> scopes.addAll(client.scopes()))
			.clientSettings(ClientSettings.builder()
				.requireAuthorizationConsent(false)
				.setting(ORGANISATION_SETTING, client.organisationId().toString())
				.build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
			.build();
	}

}
