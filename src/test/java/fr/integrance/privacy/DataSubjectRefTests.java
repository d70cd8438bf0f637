package fr.integrance.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The one data-subject reference: what it prints, and the one form in which the audit
 * journal and the consent records store it.
 */
class DataSubjectRefTests {

	@Test
	void printsNoPersonalData() {
		DataSubjectRef ref = DataSubjectRef.visitor("alice.martin@example.fr");

		assertThat(ref.toString()).startsWith("DataSubjectRef[VISITOR #").doesNotContain("alice", "example");
		assertThat(ref.toString()).isEqualTo(DataSubjectRef.visitor("alice.martin@example.fr").toString());
		assertThat(new ExportSection("people", "identification", List.of(Map.of("email", "alice@example.fr"))))
			.asString()
			.doesNotContain("alice");
	}

	@Test
	void journalReferenceIsTheKindAndTheId() {
		UUID id = UUID.fromString("6f1c2d9e-0b7a-4c55-9a51-3f1e0c7d2b10");

		assertThat(DataSubjectRef.person(id).journalRef()).isEqualTo("PERSON:" + id);
		assertThat(DataSubjectRef.account(id).journalRef()).isEqualTo("ACCOUNT:" + id);
		assertThat(DataSubjectRef.person("42").journalRef()).isEqualTo("PERSON:42");
		assertThat(DataSubjectRef.visitor(id.toString().toUpperCase()).journalRef()).isEqualTo("VISITOR:" + id);
	}

	@Test
	void anAddressIsJournaledAsTheDigestOfItsTrimmedLowerCaseForm() {
		String ref = DataSubjectRef.email("  Anne.LeFloch@Example.fr ").journalRef();

		assertThat(ref).matches("EMAIL:[0-9a-f]{64}").doesNotContainIgnoringCase("anne");
		assertThat(ref).isEqualTo(DataSubjectRef.email("anne.lefloch@example.fr").journalRef());
	}

	@Test
	void anIdThatIsNotAnIdHasNoJournalReference() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataSubjectRef.visitor("not-a-uuid").journalRef());
		assertThatIllegalArgumentException().isThrownBy(() -> DataSubjectRef.person("a:b").journalRef());
		assertThatIllegalArgumentException().isThrownBy(() -> DataSubjectRef.person("Jean Dupont").journalRef());
		assertThatIllegalArgumentException().isThrownBy(() -> DataSubjectRef.account("x".repeat(65)).journalRef());
		assertThatIllegalArgumentException().isThrownBy(() -> DataSubjectRef.person(" "));
	}

	@Test
	void uuidOfTheExpectedKindOnly() {
		UUID id = UUID.randomUUID();

		assertThat(DataSubjectRef.person(id).uuid(DataSubjectRef.Kind.PERSON)).contains(id);
		assertThat(DataSubjectRef.person(id).uuid(DataSubjectRef.Kind.ACCOUNT)).isEmpty();
		assertThat(DataSubjectRef.person("p-1").uuid(DataSubjectRef.Kind.PERSON)).isEmpty();
	}

}
