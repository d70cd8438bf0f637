package fr.integrance.identity;

/**
 * Life of an account: invited (no password yet), active, or disabled (sessions ended,
 * login refused).
 */
public enum AccountStatus {

	INVITED, ACTIVE, DISABLED

}
