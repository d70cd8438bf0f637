package fr.integrance.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every {@link PersonalDataProvider} of the application, called together for one data
 * subject: the way the rights and retention modules export, erase or restrict a person's
 * data everywhere. An export section naming a data category the register lacks is
 * refused, so the export always says which declared processing the data belong to.
 */
@Component
public class PersonalDataProviders {

	private final List<PersonalDataProvider> providers;

	private final ProcessingRegister register;

	@Autowired
	PersonalDataProviders(ObjectProvider<PersonalDataProvider> providers, ProcessingRegister register) {
		this(providers.orderedStream().toList(), register);
	}

	public PersonalDataProviders(List<PersonalDataProvider> providers, ProcessingRegister register) {
		Set<String> modules = new HashSet<>();
		for (PersonalDataProvider provider : providers) {
			if (!modules.add(provider.module())) {
				throw new IllegalStateException("Two personal-data providers claim module '" + provider.module() + "'");
			}
		}
		this.providers = List.copyOf(providers);
		this.register = register;
	}

	/** The modules that hold personal data, in provider order. */
	public List<String> modules() {
		return providers.stream().map(PersonalDataProvider::module).toList();
	}

	/** Every module's sections for the subject, in provider order. */
	public List<ExportSection> export(DataSubjectRef subject) {
		Set<String> categories = register.current()
			.dataCategories()
			.stream()
			.map(Register.DataCategory::id)
			.collect(Collectors.toSet());
		List<ExportSection> sections = providers.stream().flatMap(p -> p.export(subject).stream()).toList();
		for (ExportSection section : sections) {
			if (!categories.contains(section.category())) {
				throw new IllegalStateException("Module '" + section.module() + "' exports data category '"
						+ section.category() + "', which the register does not declare");
			}
		}
		return sections;
	}

	/**
	 * Erases or anonymises the subject's data in every module; one outcome per record.
	 */
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		return providers.stream().flatMap(p -> p.eraseOrAnonymise(subject).stream()).toList();
	}

	/** Restricts the subject's data in every module; one outcome per module. */
	public List<RestrictionOutcome> restrict(DataSubjectRef subject, RestrictionGround ground) {
		return providers.stream().map(p -> p.restrict(subject, ground)).toList();
	}

	/** Lifts the restriction in every module; one outcome per module. */
	public List<RestrictionOutcome> liftRestriction(DataSubjectRef subject) {
		return providers.stream().map(p -> p.liftRestriction(subject)).toList();
	}

}
