package fr.integrance.employerspace.api;

/**
 * A client's secret as issued: shown once to the administrator, never stored in clear.
 */
public record IssuedSecret(ApiClient client, String secret) {

	@Override
	public String toString() {
		return "IssuedSecret[" + client.clientId() + ", ********]";
	}

}
