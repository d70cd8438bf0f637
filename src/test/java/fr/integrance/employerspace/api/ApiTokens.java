package fr.integrance.employerspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Payroll API clients and their tokens, for tests. */
public final class ApiTokens {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final ApiClients clients;

	public ApiTokens(MockMvc mvc, ApiClients clients) {
		this.mvc = mvc;
		this.clients = clients;
	}

	/** A new client of that organisation with those scopes. */
	public IssuedSecret client(UUID organisation, String... scopes) {
		return clients.create(organisation, UUID.randomUUID(), "Logiciel de paie test", List.of(scopes));
	}

	/** The token endpoint's answer for those credentials. */
	public MockHttpServletResponse tokenResponse(String clientId, String secret) {
		try {
			MvcResult result = mvc
				.perform(MockMvcRequestBuilders.post("/oauth2/token")
					.header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
						.encodeToString((clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
					.contentType("application/x-www-form-urlencoded")
					.content("grant_type=client_credentials"))
				.andReturn();
			return result.getResponse();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** An access token for that client. */
	public String token(IssuedSecret issued) {
		MockHttpServletResponse response = tokenResponse(issued.client().clientId(), issued.secret());
		try {
			assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
			JsonNode body = JSON.readTree(response.getContentAsString());
			return body.get("access_token").asString();
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

}
