package fr.integrance.employerspace.api;

/** Paths and names of the payroll API. */
final class EmployerApi {

	static final String BASE = "/api/v1/employers";

	static final String PATHS = BASE + "/**";

	/** The OpenAPI 3 description (springdoc), open to anyone. */
	static final String OPENAPI = BASE + "/openapi.json";

	/** The authorization server's token endpoint (client credentials). */
	static final String TOKEN = "/oauth2/token";

	/** The audience of the access tokens. */
	static final String AUDIENCE = "integrance-payroll-api";

	/** The register purpose the API serves (journal entries). */
	static final String PURPOSE = "icollectif-affiliate-changes";

	private EmployerApi() {
	}

}
