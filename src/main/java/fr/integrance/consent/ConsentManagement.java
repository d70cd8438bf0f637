package fr.integrance.consent;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the consent module: records decisions (never updates or deletes one),
 * answers the state in force per purpose for a subject, withdraws, and exports the proof.
 */
public interface ConsentManagement {

	/**
	 * Appends one record per purpose, naming the notice version in force; the purposes
	 * must be cookie purposes that need consent, {@link ConsentPurposes#MARKETING}, or
	 * register purposes whose legal basis is consent (e.g.
	 * {@link ConsentPurposes#MEMBER_ACCOUNT_CREATION}).
	 */
	List<ConsentRecord> record(SubjectRef subject, Map<String, Decision> decisions, ConsentMethod method,
			RequestOrigin origin);

	/**
	 * The decision in force for every purpose the subject ever answered (purpose id →
	 * state).
	 */
	Map<String, ConsentState> currentState(SubjectRef subject);

	/**
	 * Records {@link Decision#WITHDRAWN} for each purpose unless the decision in force
	 * already says no (refused or withdrawn): calling it twice records once. Returns the
	 * records made.
	 */
	List<ConsentRecord> withdraw(SubjectRef subject, Collection<String> purposes, ConsentMethod method,
			RequestOrigin origin);

	/** Every record of the subject, oldest first, with the state in force. */
	ConsentProof proofFor(SubjectRef subject);

}
