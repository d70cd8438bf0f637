package fr.integrance.requests;

/**
 * Where a case stands. Only the first state exists yet: the staff workflow (in review, waiting
 * for the sender, accepted, rejected) comes with the back office.
 */
public enum RequestStatus {
	SUBMITTED
}
