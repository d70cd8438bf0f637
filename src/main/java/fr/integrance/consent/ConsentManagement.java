package fr.integrance.consent;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.integrance.privacy.DataSubjectRef;

/**
 * Entry point of the consent module: records decisions (never updates or deletes one),
 * answers the state in force per purpose for a subject, withdraws, and exports the proof.
 * A subject's records are kept under its {@link DataSubjectRef#journalRef()}: an e-mail
 * address is never stored, only its digest.
 */
public interface ConsentManagement {

	/**
	 * Appends one record per purpose, naming the notice version in force; the purposes
	 * must be cookie purposes that need consent, {@link ConsentPurposes#MARKETING}, or
	 * register purposes whose legal basis is consent (e.g.
	 * {@link ConsentPurposes#MEMBER_ACCOUNT_CREATION}).
	 */
	List<ConsentRecord> record(DataSubjectRef subject, Map<String, Decision> decisions, ConsentMethod method,
			RequestOrigin origin);

	/**
	 * The decision in force for every purpose the subject ever answered (purpose id →
	 * state).
	 */
	Map<String, ConsentState> currentState(DataSubjectRef subject);

	/**
	 * Records {@link Decision#WITHDRAWN} for each purpose unless the decision in force
	 * already says no (refused or withdrawn): calling it twice records once. Returns the
	 * records made.
	 */
	List<ConsentRecord> withdraw(DataSubjectRef subject, Collection<String> purposes, ConsentMethod method,
			RequestOrigin origin);

	/** Every record of the subject, oldest first, with the state in force. */
	ConsentProof proofFor(DataSubjectRef subject);

}
