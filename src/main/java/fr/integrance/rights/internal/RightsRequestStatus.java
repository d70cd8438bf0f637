package fr.integrance.rights.internal;

/**
 * Where a rights request stands. Only the first state exists yet; identity pending, in
 * progress, extended, answered and refused come with the processing of requests.
 */
public enum RightsRequestStatus {

	RECEIVED

}
