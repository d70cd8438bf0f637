package fr.integrance.employerspace.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import fr.integrance.audit.AuditJournal;
import fr.integrance.identity.SecurityChains;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.SecurityHeaders;

/**
 * Two chains before the API's general one ({@code website}, order 10): the token endpoint
 * of Spring Authorization Server (client credentials only, nothing else of the
 * authorization server is exposed) and the payroll API, a JWT resource server —
 * stateless, no session, no CSRF (no ambient credentials), deny by default, scopes as
 * authorities, the shared security headers (CSP and the rest). A token carries its
 * client's organisation ({@code org}) and row ({@code cid}); a revoked client's tokens,
 * and those issued before its secret was rotated, are refused.
 */
@Configuration(proxyBeanMethods = false)
class PayrollApiSecurityConfiguration {

	@Bean
	SigningKey payrollSigningKey(BlindIndex prf) {
		return new SigningKey(prf);
	}

	@Bean
	JWKSource<SecurityContext> payrollJwkSource(SigningKey key) {
		return new ImmutableJWKSet<>(new JWKSet(key.jwk()));
	}

	@Bean
	AuthorizationServerSettings payrollAuthorizationServerSettings(@Value("${app.identity.base-url}") String issuer) {
		return AuthorizationServerSettings.builder().issuer(issuer).tokenEndpoint(EmployerApi.TOKEN).build();
	}

	@Bean
	RegisteredClientRepository payrollClientRegistrations(ApiClients clients) {
		return new ClientRegistrations(clients);
	}

	@Bean
	JwtDecoder payrollJwtDecoder(SigningKey key, AuthorizationServerSettings settings, ApiClients clients) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.secretKey())
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
				&& jwt.getAudience().contains(EmployerApi.AUDIENCE) ? OAuth2TokenValidatorResult.success()
						: invalid("wrong audience");
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(settings.getIssuer()), audience, activeClient(clients)));
		return decoder;
	}

	/** The client still active, and the token issued after its last secret rotation. */
	private static OAuth2TokenValidator<Jwt> activeClient(ApiClients clients) {
		return jwt -> {
			String cid = jwt.getClaimAsString(ApiCaller.CLIENT_CLAIM);
			String org = jwt.getClaimAsString(ApiCaller.ORGANISATION_CLAIM);
			Instant issuedAt = jwt.getIssuedAt();
			if (cid == null || org == null || issuedAt == null) {
				return invalid("missing claims");
			}
			UUID id;
			try {
				id = UUID.fromString(cid);
			}
			catch (IllegalArgumentException e) {
				return invalid("malformed client");
			}
			return clients.find(id)
				.filter(ApiClient::active)
				.filter(client -> client.organisationId().toString().equals(org))
				.filter(client -> !issuedAt.isBefore(client.secretRotatedAt().truncatedTo(ChronoUnit.SECONDS)))
				.map(client -> OAuth2TokenValidatorResult.success())
				.orElseGet(() -> invalid("client revoked or rotated"));
		};
	}

	private static OAuth2TokenValidatorResult invalid(String reason) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null));
	}

	@Bean
	@Order(8)
	SecurityFilterChain payrollTokenSecurityFilterChain(HttpSecurity http, RegisteredClientRepository clients,
			AuthorizationServerSettings settings, JWKSource<SecurityContext> jwks) throws Exception {
		JwtGenerator tokens = new JwtGenerator(new NimbusJwtEncoder(jwks));
		tokens.setJwtCustomizer(context -> {
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getJwsHeader().algorithm(MacAlgorithm.HS256).keyId(SigningKey.KEY_ID);
				context.getClaims()
					.audience(List.of(EmployerApi.AUDIENCE))
					.claim(ApiCaller.CLIENT_CLAIM, context.getRegisteredClient().getId())
					.claim(ApiCaller.ORGANISATION_CLAIM,
							context.getRegisteredClient()
								.getClientSettings()
								.<String>getSetting(ClientRegistrations.ORGANISATION_SETTING));
				if (context.getAuthorizedScopes().isEmpty()) {
					// No scope asked for: every scope the client was given.
					context.getClaims().claim("scope", context.getRegisteredClient().getScopes());
				}
			}
		});
		http.securityMatcher(EmployerApi.TOKEN)
			.oauth2AuthorizationServer(server -> server.registeredClientRepository(clients)
				.authorizationService(new StatelessAuthorizations())
				.authorizationServerSettings(settings)
				.tokenGenerator(tokens)
				.clientAuthentication(authentication -> authentication
					.authenticationProviders(providers -> providers.forEach(provider -> {
						if (provider instanceof ClientSecretAuthenticationProvider secrets) {
							secrets.setPasswordEncoder(SecretDigest.INSTANCE);
						}
					}))))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	@Bean
	@Order(9)
	SecurityFilterChain payrollApiSecurityFilterChain(HttpSecurity http, SecurityChains chains, JwtDecoder decoder,
			ApiProblems problems, TokenBuckets buckets, AuditJournal journal) throws Exception {
		String read = ApiScopes.authority(ApiScopes.READ);
		String write = ApiScopes.authority(ApiScopes.WRITE);
		return chains
			.api(http,
					requests -> requests
						.requestMatchers(HttpMethod.GET, EmployerApi.OPENAPI, EmployerApi.OPENAPI + ".yaml")
						.permitAll()
						.requestMatchers(HttpMethod.GET, EmployerApi.PATHS)
						.hasAuthority(read)
						.requestMatchers(HttpMethod.POST, EmployerApi.PATHS)
						.hasAuthority(write)
						.requestMatchers(HttpMethod.PATCH, EmployerApi.PATHS)
						.hasAuthority(write),
					EmployerApi.PATHS)
			.oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder))
				.authenticationEntryPoint(problems::unauthenticated)
				.accessDeniedHandler(problems::denied))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems::unauthenticated)
				.accessDeniedHandler(problems::denied))
			.addFilterAfter(new ApiCallFilter(buckets, problems, journal), BearerTokenAuthenticationFilter.class)
			.build();
	}

}
