package fr.integrance.privacy.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * {@link PersonalDataProviders} over the application's beans: the hand-written providers,
 * then each {@link PersonalDataRows} through a {@link DeclaredProvider}. Two claiming the
 * same module stop the start.
 */
@Component
class RegisteredProviders implements PersonalDataProviders {

	private final List<PersonalDataProvider> providers;

	private final ProcessingRegister register;

	@Autowired
	RegisteredProviders(ObjectProvider<PersonalDataProvider> providers, ObjectProvider<PersonalDataRows> rows,
			EntityExporter exporter, ProcessingRegister register, PlatformTransactionManager transactions) {
		this(Stream
			.concat(providers.orderedStream(),
					rows.orderedStream()
						.map(declared -> new DeclaredProvider(declared, exporter, register, reading(transactions),
								new TransactionTemplate(transactions))))
			.toList(), register);
	}

	RegisteredProviders(List<PersonalDataProvider> providers, ProcessingRegister register) {
		Set<String> modules = new HashSet<>();
		for (PersonalDataProvider provider : providers) {
			if (!modules.add(provider.module())) {
				throw new IllegalStateException("Two personal-data providers claim module '" + provider.module() + "'");
			}
		}
		this.providers = List.copyOf(providers);
		this.register = register;
	}

	private static TransactionTemplate reading(PlatformTransactionManager transactions) {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		return reading;
	}

	@Override
	public List<String> modules() {
		return providers.stream().map(PersonalDataProvider::module).toList();
	}

	@Override
	public Optional<PersonalDataProvider> of(String module) {
		return providers.stream().filter(provider -> provider.module().equals(module)).findFirst();
	}

	@Override
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

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		return providers.stream().flatMap(p -> p.eraseOrAnonymise(subject).stream()).toList();
	}

	@Override
	public List<RestrictionOutcome> restrict(DataSubjectRef subject, RestrictionGround ground) {
		return providers.stream().map(p -> p.restrict(subject, ground)).toList();
	}

	@Override
	public List<RestrictionOutcome> liftRestriction(DataSubjectRef subject) {
		return providers.stream().map(p -> p.liftRestriction(subject)).toList();
	}

}
