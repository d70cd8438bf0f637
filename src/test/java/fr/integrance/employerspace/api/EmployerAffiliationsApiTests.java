package fr.integrance.employerspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.identity.IdentityIntegrationTest;

/**
 * The payroll API's movements with a token: enrol, read, terminate with portability,
 * modify; another organisation's ids answer 404 like unknown ones; a repeated
 * {@code Idempotency-Key} gives the same answer and enrols once, with another body 422;
 * refused fields answer 422 in French per field; every call is journaled.
 */
@IdentityIntegrationTest
class EmployerAffiliationsApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients clients;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	JdbcClient jdbc;

	UUID employer;

	String token;

	@Autowired
	fr.integrance.testsupport.MutableClock clock;

	@BeforeEach
	void setUp() {
		// A client's secret rotation is dated by the application's clock, a token by the
		// real one: other classes of this shared context may have moved the clock ahead.
		clock.set(java.time.Instant.now().minusSeconds(5));
		employer = ApiFixtures.employer(groupContracts);
		ApiTokens tokens = new ApiTokens(mvc, clients);
		token = tokens.token(tokens.client(employer, ApiScopes.READ, ApiScopes.WRITE));
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse();
	}

	MockHttpServletResponse post(String path, String body, String key) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
			.contentType("application/json")
			.content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return call(request);
	}

	static JsonNode json(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(response.getContentAsString());
	}

	static String lastName() {
		return ApiFixtures.lastName("Api");
	}

	@Test
	void enrolsReadsTerminatesWithPortabilityAndModifies() throws Exception {
		MockHttpServletResponse enrolled = post("/api/v1/employers/affiliations", ApiFixtures.enrolmentJson(lastName()),
				null);
		assertThat(enrolled.getStatus()).as(enrolled.getContentAsString()).isEqualTo(201);
		String id = json(enrolled).get("id").asString();
		assertThat(enrolled.getHeader("Location")).isEqualTo("/api/v1/employers/affiliations/" + id);

		MockHttpServletResponse one = call(MockMvcRequestBuilders.get("/api/v1/employers/affiliations/" + id));
		assertThat(one.getStatus()).isEqualTo(200);
		assertThat(json(one).get("status").asString()).isEqualTo("ACTIVE");
		MockHttpServletResponse list = call(MockMvcRequestBuilders.get("/api/v1/employers/affiliations?size=10"));
		assertThat(json(list).get("totalItems").asLong()).isEqualTo(1);

		MockHttpServletResponse moved = post("/api/v1/employers/affiliations/" + id + "/modifications", """
				{"type":"FAMILY_SITUATION","effectiveDate":"2026-03-01","familySituation":"DIVORCED"}""", "mod-1");
		assertThat(moved.getStatus()).as(moved.getContentAsString() + moved.getErrorMessage()).isEqualTo(200);

		MockHttpServletResponse terminated = post("/api/v1/employers/affiliations/" + id + "/termination", """
				{"lastDayOfEmployment":"2026-06-30","reason":"DISMISSAL"}""", "end-1");
		assertThat(terminated.getStatus()).as(terminated.getContentAsString()).isEqualTo(200);
		assertThat(json(terminated).get("portabilityUntil").asString()).isNotBlank();

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'employerapi.call' AND actor LIKE ?")
			.param("%employer-api-client:%")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void repeatedIdempotencyKeyGivesTheSameAnswerAndEnrolsOnce() throws Exception {
		String body = ApiFixtures.enrolmentJson(lastName());

		MockHttpServletResponse first = post("/api/v1/employers/affiliations", body, "paie-2026-01-0001");
		MockHttpServletResponse again = post("/api/v1/employers/affiliations", body, "paie-2026-01-0001");

		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
		assertThat(json(again).get("id").asString()).isEqualTo(json(first).get("id").asString());
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		MockHttpServletResponse list = call(MockMvcRequestBuilders.get("/api/v1/employers/affiliations"));
		assertThat(json(list).get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void sameIdempotencyKeyWithAnotherBodyIsRefused() throws Exception {
		post("/api/v1/employers/affiliations", ApiFixtures.enrolmentJson(lastName()), "paie-cle-unique");

		MockHttpServletResponse other = post("/api/v1/employers/affiliations", ApiFixtures.enrolmentJson(lastName()),
				"paie-cle-unique");

		assertThat(other.getStatus()).isEqualTo(422);
		assertThat(other.getContentType()).startsWith("application/problem+json");
		assertThat(other.getContentAsString()).contains("Clé d’idempotence déjà utilisée");
	}

	@Test
	void refusedFieldsAnswer422WithFrenchMessagesPerField() throws Exception {
		MockHttpServletResponse response = post("/api/v1/employers/affiliations",
				"""
						{"category":"cadres","planCode":"confort","startDate":"2026-01-01","civility":"M","lastName":"Durand",
						 "firstNames":"","birthDate":"1985-06-14","nir":"123","address":{"line1":"1 rue X","postalCode":"6900","city":"Lyon"}}
						""",
				null);

		assertThat(response.getStatus()).isEqualTo(422);
		JsonNode errors = json(response).get("errors");
		assertThat(errors.isArray()).isTrue();
		assertThat(response.getContentAsString()).contains("\"field\":\"nir\"");
		assertThat(json(response).get("title").asString()).isEqualTo("Données invalides");
	}

	@Test
	void unreadableBodyAnswers400() throws Exception {
		assertThat(post("/api/v1/employers/affiliations", "{pas du json", null).getStatus()).isEqualTo(400);
	}

	@Test
	void anotherOrganisationsAffiliationIsNotFoundLikeAnUnknownOne() throws Exception {
		UUID other = ApiFixtures.employer(groupContracts);
		ApiTokens tokens = new ApiTokens(mvc, clients);
		String otherToken = tokens.token(tokens.client(other, ApiScopes.READ, ApiScopes.WRITE));
		MockHttpServletResponse foreign = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/employers/affiliations")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + otherToken)
				.contentType("application/json")
				.content(ApiFixtures.enrolmentJson(lastName())))
			.andReturn()
			.getResponse();
		String foreignId = json(foreign).get("id").asString();

		for (String id : new String[] { foreignId, UUID.randomUUID().toString(), "pas-un-id" }) {
			assertThat(call(MockMvcRequestBuilders.get("/api/v1/employers/affiliations/" + id)).getStatus()).as(id)
				.isEqualTo(404);
			assertThat(post("/api/v1/employers/affiliations/" + id + "/termination",
					"{\"lastDayOfEmployment\":\"2026-06-30\",\"reason\":\"DISMISSAL\"}", null)
				.getStatus()).as(id).isEqualTo(404);
			assertThat(post("/api/v1/employers/affiliations/" + id + "/modifications",
					"{\"type\":\"FAMILY_SITUATION\",\"effectiveDate\":\"2026-03-01\",\"familySituation\":\"SINGLE\"}",
					null)
				.getStatus()).as(id).isEqualTo(404);
		}
		MockHttpServletResponse list = call(MockMvcRequestBuilders.get("/api/v1/employers/affiliations"));
		assertThat(json(list).get("totalItems").asLong()).isZero();
	}

}
