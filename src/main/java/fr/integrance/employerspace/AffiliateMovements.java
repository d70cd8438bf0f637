package fr.integrance.employerspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.TerminationReason;

/**
 * The movements an employer makes on its group contracts' affiliates — enrolment,
 * termination (radiation), modification — and the reads that go with them, each scoped to
 * the employer's organisation (its identity UUID): the screens of iCollectif, the CSV
 * import and the payroll API all call this one service.
 * <p>
 * Every movement is applied at once (no staff review): an enrolment gives an ACTIVE
 * affiliation; a termination is confirmed at once and opens portability when the reason
 * does (the closing job ends it); a modification changes the current record and is kept
 * in the affiliate's history with its effective date. Each one is journaled (audit
 * journal, purpose {@code icollectif-affiliation-requests} or
 * {@code icollectif-affiliate-changes}, the actor taken from the security context).
 * <p>
 * Errors: what was given breaks rules →
 * {@link fr.integrance.requests.FieldProblemsException} (nothing stored), one
 * {@link fr.integrance.requests.FieldProblem} per field, the field named as in the
 * records ({@code nir}, {@code address.postalCode}, {@code dependants[1].birthDate},
 * {@code bank.iban}, {@code effectiveDate}…) with the key of a French message (bundles
 * {@code i18n/employeraffiliates} and {@code i18n/values}); an affiliation id unknown or
 * of another organisation → {@link UnknownAffiliateException} (a 404, the same for both).
 * Idempotency (a file imported twice, an {@code Idempotency-Key}) is the caller's
 * business.
 */
public interface AffiliateMovements {

	/**
	 * Enrols an employee: registers them (and their dependants) in the people module,
	 * adds their bank account when given, affiliates them to the group contract (the
	 * organisation's only running one when {@code contractReference} is blank) in the
	 * category and plan given, and covers the dependants from the same start.
	 * @throws fr.integrance.requests.FieldProblemsException when a field is refused
	 */
	Affiliate enrol(UUID organisation, Enrolment enrolment);

	/**
	 * Enrols the employees as {@link #enrol} would one after the other, in the caller's
	 * transaction, with the same checks, history and journal, but with the contracts read
	 * once, one blind-index lookup for all the NIRs and the rows written together: for a
	 * file's chunk. All or nothing: the first line refused throws (its field problems,
	 * without its position), and the caller, whose transaction must then roll back,
	 * applies the lines one by one to learn which.
	 * @return the affiliations, in the order of the enrolments
	 * @throws fr.integrance.requests.FieldProblemsException when a field of a line is
	 * refused
	 */
	List<AffiliationId> enrolAll(UUID organisation, List<Enrolment> enrolments);

	/**
	 * Ends the affiliation after {@code lastDayOfEmployment} for {@code reason}; when the
	 * reason opens portability (CSS L911-8) cover goes on until the end of the returned
	 * period, else the dependants' cover ends the same day.
	 * @throws UnknownAffiliateException unknown or foreign id
	 * @throws fr.integrance.requests.FieldProblemsException {@code lastDayOfEmployment}
	 * missing or before the start of cover, {@code reason} missing, or the affiliation
	 * not active ({@code status})
	 */
	Termination terminate(UUID organisation, AffiliationId affiliation, LocalDate lastDayOfEmployment,
			TerminationReason reason);

	/**
	 * Applies one change (address, family situation, scheme and fund, bank details, a
	 * dependant added or removed) effective on its date.
	 * @throws UnknownAffiliateException unknown or foreign id
	 * @throws fr.integrance.requests.FieldProblemsException when a field is refused
	 */
	Affiliate modify(UUID organisation, AffiliationId affiliation, Modification modification);

	/**
	 * The affiliate with their data and dependants; empty for an unknown or foreign id.
	 * Journaled as a read of the person.
	 */
	Optional<Affiliate> find(UUID organisation, AffiliationId affiliation);

	/**
	 * The movements recorded on the affiliation, newest first. @throws
	 * UnknownAffiliateException
	 */
	List<Movement> history(UUID organisation, AffiliationId affiliation);

	/**
	 * One page of the organisation's affiliates, filtered and sorted in one SQL query
	 * (name prefix, birth date, exact NIR through its blind index, state, category).
	 */
	AffiliatePage search(UUID organisation, AffiliateQuery query);

	/** How many affiliates the organisation has in each state, for its home page. */
	AffiliateCounts counts(UUID organisation);

}
