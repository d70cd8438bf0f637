package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

class RegisteredProvidersTests {

	static final DataSubjectRef ALICE = DataSubjectRef.person("p-42");

	/** A register that declares two data categories only. */
	static final ProcessingRegister REGISTER = new ProcessingRegister() {

		@Override
		public Register current() {
			return new Register(null, null, null, null, null, null, null,
					List.of(new Register.DataCategory("identification", "Données d’identification", null, null, null),
							new Register.DataCategory("economic-financial", "Données économiques", null, null, null)),
					null, null, null, null, null, null, null, null);
		}

		@Override
		public String sourceOf(String section) {
			return "test";
		}
	};

	/** A provider that records what it was asked and answers with fixed data. */
	static final class RecordingProvider implements PersonalDataProvider {

		final String module;

		final String category;

		final List<String> calls = new ArrayList<>();

		RecordingProvider(String module, String category) {
			this.module = module;
			this.category = category;
		}

		@Override
		public String module() {
			return module;
		}

		@Override
		public List<ExportSection> export(DataSubjectRef subject) {
			calls.add("export " + subject.id());
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("lastName", "Martin");
			record.put("maidenName", null);
			return List.of(new ExportSection(module, category, List.of(record)));
		}

		@Override
		public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
			calls.add("erase " + subject.id());
			return List.of(ErasureOutcome.erased(module, module + "_contact#1"), ErasureOutcome.kept(module,
					module + "_contract#7", "member-contract-6y", LocalDate.of(2032, 12, 31)));
		}

		@Override
		public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
			calls.add("restrict " + subject.id() + " " + ground);
			return new RestrictionOutcome(module, 2);
		}

		@Override
		public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
			calls.add("lift " + subject.id());
			return new RestrictionOutcome(module, 2);
		}

	}

	@Test
	void exportGathersEverySectionOfEveryProvider() {
		RecordingProvider people = new RecordingProvider("people", "identification");
		RecordingProvider contracts = new RecordingProvider("contracts", "economic-financial");
		PersonalDataProviders registry = new RegisteredProviders(List.of(people, contracts), REGISTER);

		List<ExportSection> sections = registry.export(ALICE);

		assertThat(sections).extracting(ExportSection::module, ExportSection::category)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("people", "identification"),
					org.assertj.core.groups.Tuple.tuple("contracts", "economic-financial"));
		assertThat(sections.get(0).records().get(0)).containsEntry("lastName", "Martin").containsKey("maidenName");
		assertThat(registry.modules()).containsExactly("people", "contracts");
	}

	@Test
	void eraseReportsEachRecordAndKeepsTheRuleOfKeptOnes() {
		PersonalDataProviders registry = new RegisteredProviders(
				List.of(new RecordingProvider("people", "identification"),
						new RecordingProvider("contracts", "economic-financial")),
				REGISTER);

		List<ErasureOutcome> outcomes = registry.eraseOrAnonymise(ALICE);

		assertThat(outcomes).hasSize(4);
		assertThat(outcomes).filteredOn(o -> o.result() == ErasureOutcome.Result.KEPT)
			.extracting(ErasureOutcome::rule)
			.containsOnly("member-contract-6y");
	}

	@Test
	void restrictAndLiftReachEveryProviderWithTheGround() {
		RecordingProvider people = new RecordingProvider("people", "identification");
		RecordingProvider documents = new RecordingProvider("documents", "identification");
		PersonalDataProviders registry = new RegisteredProviders(List.of(people, documents), REGISTER);

		assertThat(registry.restrict(ALICE, RestrictionGround.ACCURACY_CONTESTED))
			.extracting(RestrictionOutcome::module)
			.containsExactly("people", "documents");
		registry.liftRestriction(ALICE);

		assertThat(people.calls).containsExactly("restrict p-42 ACCURACY_CONTESTED", "lift p-42");
		assertThat(documents.calls).containsExactly("restrict p-42 ACCURACY_CONTESTED", "lift p-42");
	}

	@Test
	void exportOfACategoryUnknownToTheRegisterIsRefused() {
		PersonalDataProviders registry = new RegisteredProviders(List.of(new RecordingProvider("people", "shoe-size")),
				REGISTER);

		assertThatThrownBy(() -> registry.export(ALICE)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Module 'people' exports data category 'shoe-size'");
	}

	@Test
	void twoProvidersForOneModuleAreRefused() {
		assertThatThrownBy(() -> new RegisteredProviders(List.of(new RecordingProvider("people", "identification"),
				new RecordingProvider("people", "identification")), REGISTER))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'people'");
	}

	@Test
	void keptRecordWithoutRuleIsRejected() {
		assertThatThrownBy(() -> ErasureOutcome.kept("people", "person#1", " ", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
