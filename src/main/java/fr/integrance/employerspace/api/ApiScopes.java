package fr.integrance.employerspace.api;

import java.util.List;

/** The scopes a payroll API client may hold, and the authorities they become. */
public final class ApiScopes {

	public static final String READ = "affiliations:read";

	public static final String WRITE = "affiliations:write";

	public static final List<String> ALL = List.of(READ, WRITE);

	/** The authority Spring Security grants for a scope of the token. */
	static String authority(String scope) {
		return "SCOPE_" + scope;
	}

	private ApiScopes() {
	}

}
