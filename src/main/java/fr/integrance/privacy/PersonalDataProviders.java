package fr.integrance.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link PersonalDataProvider} and every {@link PersonalDataRows} of the
 * application, called together for one data subject: the way the rights and retention
 * modules export, erase or restrict a person's data everywhere. An export section naming
 * a data category the register lacks is refused, so the export always says which declared
 * processing the data belong to.
 */
public interface PersonalDataProviders {

	/** The modules that hold personal data, in provider order. */
	List<String> modules();

	/** The provider of one module, e.g. {@code people}. */
	Optional<PersonalDataProvider> of(String module);

	/** Every module's sections for the subject, in provider order. */
	List<ExportSection> export(DataSubjectRef subject);

	/**
	 * Erases or anonymises the subject's data in every module; one outcome per record.
	 */
	List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject);

	/**
	 * {@link #eraseOrAnonymise} for each of several subjects (each once, in the order
	 * given), in every module, module after module as for one subject: each module is
	 * asked once for the whole list ({@link PersonalDataProvider#eraseOrAnonymiseEach}),
	 * which is what makes the retention sweep's batches cheap. Keyed by subject, one
	 * outcome per record, in provider order.
	 */
	default Map<DataSubjectRef, List<ErasureOutcome>> eraseOrAnonymiseEach(List<DataSubjectRef> subjects) {
		Map<DataSubjectRef, List<ErasureOutcome>> outcomes = new LinkedHashMap<>();
		subjects.forEach(subject -> outcomes.computeIfAbsent(subject, s -> new ArrayList<>()));
		for (String module : modules()) {
			of(module).ifPresent(provider -> provider.eraseOrAnonymiseEach(List.copyOf(outcomes.keySet()))
				.forEach((subject, found) -> outcomes.computeIfAbsent(subject, s -> new ArrayList<>()).addAll(found)));
		}
		outcomes.replaceAll((subject, found) -> List.copyOf(found));
		return outcomes;
	}

	/**
	 * What {@link #eraseOrAnonymise} would do now in every module, without doing it: the
	 * retention sweep's dry run.
	 */
	default List<ErasureOutcome> previewErasure(DataSubjectRef subject) {
		return modules().stream()
			.map(this::of)
			.flatMap(Optional::stream)
			.flatMap(provider -> provider.previewErasure(subject).stream())
			.toList();
	}

	/** Restricts the subject's data in every module; one outcome per module. */
	List<RestrictionOutcome> restrict(DataSubjectRef subject, RestrictionGround ground);

	/** Lifts the restriction in every module; one outcome per module. */
	List<RestrictionOutcome> liftRestriction(DataSubjectRef subject);

}
