package fr.integrance.employerspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.TestAccounts;
import fr.integrance.organisations.OrganisationKind;

/**
 * The payroll API's security: tokens by client credentials only to active clients, the
 * API refusing no token, a wrong one, a revoked client's and one issued before a
 * rotation; scopes; the security headers; the OpenAPI description open to anyone.
 */
@IdentityIntegrationTest
class PayrollApiSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiClients clients;

	ApiTokens tokens;

	UUID employer;

	@Autowired
	fr.integrance.testsupport.MutableClock clock;

	@BeforeEach
	void setUp() {
		// A client's secret rotation is dated by the application's clock, a token by the
		// real one: other classes of this shared context may have moved the clock ahead.
		clock.set(java.time.Instant.now().minusSeconds(5));
		tokens = new ApiTokens(mvc, clients);
		employer = accounts.organisation(OrganisationKind.EMPLOYER).value();
	}

	MockHttpServletResponse get(String path, String token) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andReturn()
			.getResponse();
	}

	@Test
	void tokenWhenRightSecretThenBearerJwtWithScopes() throws Exception {
		IssuedSecret issued = tokens.client(employer, ApiScopes.READ);

		MockHttpServletResponse response = tokens.tokenResponse(issued.client().clientId(), issued.secret());

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("\"token_type\":\"Bearer\"");
		assertThat(response.getHeader("Set-Cookie")).isNull();
	}

	@Test
	void tokenWhenWrongSecretThenUnauthorized() {
		IssuedSecret issued = tokens.client(employer, ApiScopes.READ);

		assertThat(tokens.tokenResponse(issued.client().clientId(), "not-the-secret").getStatus()).isEqualTo(401);
		assertThat(tokens.tokenResponse("icol-unknown", issued.secret()).getStatus()).isEqualTo(401);
	}

	@Test
	void apiWhenNoTokenThenProblemJsonInFrench() throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/employers/affiliations"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("Authentification requise");
		assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(response.getHeader("Set-Cookie")).isNull();
	}

	@Test
	void apiWhenForgedTokenThenUnauthorized() throws Exception {
		assertThat(get("/api/v1/employers/affiliations", "eyJhbGciOiJIUzI1NiJ9.e30.x").getStatus()).isEqualTo(401);
	}

	@Test
	void apiWhenRevokedClientThenTokenRefusedAndNoNewToken() throws Exception {
		IssuedSecret issued = tokens.client(employer, ApiScopes.READ);
		String token = tokens.token(issued);
		assertThat(get("/api/v1/employers/affiliations", token).getStatus()).isEqualTo(200);

		clients.revoke(employer, UUID.randomUUID(), issued.client().id());

		assertThat(get("/api/v1/employers/affiliations", token).getStatus()).isEqualTo(401);
		assertThat(tokens.tokenResponse(issued.client().clientId(), issued.secret()).getStatus()).isEqualTo(401);
	}

	@Test
	void apiWhenSecretRotatedThenOldSecretRefusedNewOneWorks() throws Exception {
		IssuedSecret issued = tokens.client(employer, ApiScopes.READ);

		IssuedSecret rotated = clients.rotate(employer, UUID.randomUUID(), issued.client().id());

		assertThat(tokens.tokenResponse(issued.client().clientId(), issued.secret()).getStatus()).isEqualTo(401);
		assertThat(get("/api/v1/employers/affiliations", tokens.token(rotated)).getStatus()).isEqualTo(200);
	}

	@Test
	void writeWhenReadOnlyClientThenForbidden() throws Exception {
		String token = tokens.token(tokens.client(employer, ApiScopes.READ));

		MockHttpServletResponse response = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/employers/affiliations")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType("application/json")
				.content("{}"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("Droit insuffisant");
	}

	@Test
	void readWhenWriteOnlyClientThenForbidden() throws Exception {
		String token = tokens.token(tokens.client(employer, ApiScopes.WRITE));

		assertThat(get("/api/v1/employers/affiliations", token).getStatus()).isEqualTo(403);
	}

	@Test
	void openApiDescriptionIsServedToAnyone() throws Exception {
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/employers/openapi.json"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("\"openapi\":\"3.")
			.contains("/api/v1/employers/affiliations");
	}

	@Test
	void otherAuthorizationServerEndpointsAreNotExposed() throws Exception {
		for (String path : new String[] { "/oauth2/jwks", "/.well-known/oauth-authorization-server",
				"/oauth2/authorize?response_type=code&client_id=x", "/oauth2/introspect" }) {
			MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isNotEqualTo(200);
			assertThat(response.getContentAsString()).as(path).doesNotContain("\"keys\"");
		}
	}

}
