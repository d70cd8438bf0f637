package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;
import fr.integrance.privacy.PrivacyState;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.privacy.internal.EntityExporterTests.Child;
import fr.integrance.privacy.internal.EntityExporterTests.Sample;

/**
 * A module's declared rows, exported, erased and restricted the same way for every
 * module.
 */
class DeclaredProviderTests {

	/** A register with one retention rule. */
	static final ProcessingRegister REGISTER = new ProcessingRegister() {

		@Override
		public Register current() {
			return new Register(null, null, null, null, null, null, null, null, null, null, null,
					List.of(new Register.RetentionRule("member-contract-6y", "Adhérent", null, "member", "contract-end",
							"P6Y", "delete")),
					null, null, null, null);
		}

		@Override
		public String sourceOf(String section) {
			return "test";
		}
	};

	/** Transactions that do nothing: the rows here are plain objects. */
	static final TransactionTemplate NO_TRANSACTION = new TransactionTemplate(new AbstractPlatformTransactionManager() {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}
	});

	final Sample person = new Sample();

	final Child child = new Child();

	final List<String> erased = new ArrayList<>();

	DeclaredProvider provider(List<PersonalRow> rows) {
		PersonalDataRows declared = new PersonalDataRows() {

			@Override
			public String module() {
				return "sample";
			}

			@Override
			public List<PersonalRow> rows(DataSubjectRef subject) {
				return rows;
			}
		};
		return new DeclaredProvider(declared, new EntityExporter(EntityExporterTests.ENCRYPTION), REGISTER,
				NO_TRANSACTION, NO_TRANSACTION);
	}

	@Test
	void exportGroupsTheRowsByCategoryAndLeavesAnonymisedRowsOut() {
		DeclaredProvider provider = provider(List.of(PersonalRow.kept(person, "member-contract-6y", null),
				PersonalRow.erasable(child, () -> erased.add("child")).within(person)));

		List<ExportSection> sections = provider.export(DataSubjectRef.person("p-1"));

		assertThat(sections).extracting(ExportSection::module).containsOnly("sample");
		assertThat(sections).extracting(ExportSection::category).containsExactly("identification", "personal-life");
		assertThat(sections.get(1).records()).hasSize(2);

		person.privacy = person.privacy.anonymise(java.time.Instant.EPOCH);

		assertThat(provider.export(DataSubjectRef.person("p-1"))).singleElement()
			.satisfies(section -> assertThat(section.records()).singleElement()
				.satisfies(record -> assertThat(record).containsEntry("coveredAs", "CHILD")));
	}

	@Test
	void erasureFollowsEachRowAndNamesItByTableAndId() {
		DeclaredProvider provider = provider(
				List.of(PersonalRow.kept(person, "member-contract-6y", LocalDate.of(2032, 12, 31)),
						PersonalRow.erasable(child, () -> erased.add("child")), PersonalRow.deferred(new Child())));

		List<ErasureOutcome> outcomes = provider.eraseOrAnonymise(DataSubjectRef.person("p-1"));

		assertThat(outcomes).containsExactly(
				ErasureOutcome.kept("sample", "sample_person#6f1c2d9e-0b7a-4c55-9a51-3f1e0c7d2b10",
						"member-contract-6y", LocalDate.of(2032, 12, 31)),
				ErasureOutcome.erased("sample", "sample_child#7"), ErasureOutcome.deferred("sample", "sample_child#7"));
		assertThat(erased).containsExactly("child");
	}

	@Test
	void aRowKeptUnderARuleTheRegisterLacksIsRefusedBeforeAnythingIsErased() {
		DeclaredProvider provider = provider(List.of(PersonalRow.erasable(child, () -> erased.add("child")),
				PersonalRow.kept(person, "contrat en cours", null)));

		assertThatIllegalStateException().isThrownBy(() -> provider.eraseOrAnonymise(DataSubjectRef.person("p-1")))
			.withMessageContaining("'contrat en cours'");
		assertThat(erased).isEmpty();
	}

	@Test
	void restrictionReachesEveryRowWithAPrivacyStateAndCountsTheChanges() {
		DeclaredProvider provider = provider(List.of(PersonalRow.kept(person, "member-contract-6y", null),
				PersonalRow.kept(child, "member-contract-6y", null)));
		DataSubjectRef subject = DataSubjectRef.person("p-1");

		assertThat(provider.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("sample", 1));
		assertThat(person.privacy).isEqualTo(PrivacyState.NONE.restrict(RestrictionGround.ACCURACY_CONTESTED));
		assertThat(provider.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.isEqualTo(new RestrictionOutcome("sample", 0));
		assertThat(provider.liftRestriction(subject)).isEqualTo(new RestrictionOutcome("sample", 1));
		assertThat(person.privacy).isEqualTo(PrivacyState.NONE);
	}

}
