package fr.integrance.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class SubjectRefTests {

	@Test
	void storedFormRoundTripsAndToStringHidesTheId() {
		UUID id = UUID.randomUUID();
		SubjectRef visitor = SubjectRef.visitor(id);

		assertThat(visitor.value()).isEqualTo("VISITOR:" + id);
		assertThat(SubjectRef.parse(visitor.value())).isEqualTo(visitor);
		assertThat(visitor.toString()).doesNotContain(id.toString());
		assertThat(SubjectRef.parse("PERSON:42")).isEqualTo(SubjectRef.person("42"));
	}

	@Test
	void rejectsMalformedReferences() {
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.parse("VISITOR:not-a-uuid"));
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.parse("PERSON:a:b"));
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.parse("nothing"));
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.parse("ROBOT:1"));
	}

	@Test
	void anEmailSubjectIsTheDigestOfTheAddressNeverTheAddress() {
		SubjectRef subject = SubjectRef.email("  Anne.LeFloch@Example.fr ");

		assertThat(subject).isEqualTo(SubjectRef.email("anne.lefloch@example.fr"));
		assertThat(subject.value()).startsWith("EMAIL:").doesNotContainIgnoringCase("example").hasSize(70);
		assertThat(SubjectRef.parse(subject.value())).isEqualTo(subject);
		assertThatIllegalArgumentException().isThrownBy(() -> SubjectRef.parse("EMAIL:anne@example.fr"));
	}

}
