package fr.integrance.documents;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whether the documents of a case's space may be erased now for the person the case
 * concerns: implemented by the module that keeps the cases (it knows their status and the
 * retention of the contract they led to). Without an implementation, the documents of a
 * case are kept under the register's rule {@value #DEFAULT_RULE} (their end not known
 * yet): a case's file is the mutual's record of what it decided.
 */
public interface CaseDocumentsRetention {

	/** The register's « member: life of the contract plus 6 years ». */
	String DEFAULT_RULE = "member-contract-6y";

	/**
	 * Empty when the case's documents may be erased now; else why they stay: kept under a
	 * register rule until a day (null: not known yet), or, with no rule, left for now (a
	 * case still under way: deferred).
	 */
	Optional<Hold> hold(UUID caseId);

	/** Why a case's documents stay. */
	record Hold(@Nullable String rule, @Nullable LocalDate until) {
	}

}
