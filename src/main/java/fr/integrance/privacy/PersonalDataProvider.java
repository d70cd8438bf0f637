package fr.integrance.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Implemented by every module that stores personal data, so that access, portability,
 * erasure, restriction and retention reach every table through one door and a new table
 * cannot be forgotten. Implementations are Spring beans; {@link PersonalDataProviders}
 * calls them all.
 * <p>
 * Prefer declaring the module's rows ({@link PersonalDataRows}): the kernel then builds
 * this provider from the entities' annotations. Write one by hand only for what rows
 * cannot express.
 */
public interface PersonalDataProvider {

	/** The module's name, e.g. {@code people}; unique among providers. */
	String module();

	/**
	 * Everything this module holds about the subject, one section per register data
	 * category (empty when it holds nothing). Must not include another person's data
	 * (e.g. a beneficiary's).
	 */
	List<ExportSection> export(DataSubjectRef subject);

	/**
	 * Erases or anonymises the subject's records, row by row; a record that must be kept
	 * (a legal obligation, legal claims) is reported {@link ErasureOutcome.Result#KEPT}
	 * with the id of the register's retention rule it is kept under.
	 */
	List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject);

	/**
	 * {@link #eraseOrAnonymise} for each of several subjects, in the order given (each
	 * subject once), in the caller's transaction: the retention sweep's batch. The
	 * outcomes of each subject are those the single call would give; a record reached
	 * through two subjects of the batch is erased or anonymised, and reported, once (for
	 * the first). By default one call per subject; a module overrides it to find the
	 * whole batch's records in a few statements.
	 */
	default Map<DataSubjectRef, List<ErasureOutcome>> eraseOrAnonymiseEach(List<DataSubjectRef> subjects) {
		Map<DataSubjectRef, List<ErasureOutcome>> outcomes = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			outcomes.computeIfAbsent(subject, this::eraseOrAnonymise);
		}
		return outcomes;
	}

	/**
	 * What {@link #eraseOrAnonymise} would do now, without doing it (the retention dry
	 * run): one outcome per record. By default nothing is announced.
	 */
	default List<ErasureOutcome> previewErasure(DataSubjectRef subject) {
		return List.of();
	}

	/**
	 * Marks the subject's records as restricted: stored, not otherwise processed (Art.
	 * 18).
	 */
	RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground);

	/** Lifts a restriction (the person is told beforehand, Art. 18(3)). */
	RestrictionOutcome liftRestriction(DataSubjectRef subject);

}
