package fr.integrance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuditEventTests {

	private static final AuditActor STAFF = AuditActor.account(UUID.fromString("6f1c2d9e-0b7a-4c55-9a51-3f1e0c7d2b10"));

	@Test
	void refusesEmailAddressAsAnyReference() {
		AuditEvent event = AuditEvent.success(STAFF, AuditAction.PERSON_READ);
		String email = "jean.dupont@example.fr";

		assertThatIllegalArgumentException().isThrownBy(() -> event.withSubject(() -> email))
			.withMessageContaining("subject ref")
			.withMessageNotContaining(email);
		assertThatIllegalArgumentException().isThrownBy(() -> event.withObject(email));
		assertThatIllegalArgumentException().isThrownBy(() -> event.withPurpose(email));
		assertThatIllegalArgumentException().isThrownBy(() -> AuditActor.account(email));
		assertThatIllegalArgumentException().isThrownBy(() -> AuditActor.system(email));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jean Dupont", "Hélène", "06 12 34 56 78", "", "a/b", "x'; DROP TABLE audit_entry;--" })
	void refusesValuesThatAreNotIds(String value) {
		AuditEvent event = AuditEvent.success(STAFF, AuditAction.PERSON_READ);

		assertThatIllegalArgumentException().isThrownBy(() -> event.withSubject(() -> value));
	}

	/** The characters just outside each allowed range, and letters outside ASCII. */
	@ParameterizedTest
	@ValueSource(strings = { "a@b", "a[b", "a`b", "a{b", "a/b", "a;b", "a\tb", "a\u0000b", "\uFF21", "ß", "a\u00A0b" })
	void refusesEachCharacterOutsideTheAlphabet(String value) {
		assertThat(AuditEvent.isRef(value)).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withObject(value));
	}

	@Test
	void acceptsEveryCharacterOfTheAlphabetUpToTheLongestId() {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:_.-";
		assertThat(AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withObject(alphabet).objectRef())
			.isEqualTo(alphabet);
		assertThat(AuditEvent.isRef("x".repeat(100))).isTrue();
		assertThat(AuditEvent.isRef("x".repeat(101))).isFalse();
	}

	@Test
	void refusesReferenceLongerThanAnId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AuditEvent.success(STAFF, AuditAction.DATA_CHANGED).withObject("x".repeat(101)));
	}

	@Test
	void acceptsIdsAndTypedReferences() {
		AuditEvent event = AuditEvent.denied(STAFF, AuditAction.ACCESS_DENIED)
			.withSubject(() -> "PERSON:b9a7a0f2-31c4-4d8e-8a8e-2c6d6e1f4a33")
			.withObject("contract:123")
			.withPurpose("member-management");

		assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
		assertThat(event.subjectRef()).isEqualTo("PERSON:b9a7a0f2-31c4-4d8e-8a8e-2c6d6e1f4a33");
		assertThat(event.objectRef()).isEqualTo("contract:123");
		assertThat(event.purpose()).isEqualTo("member-management");
		assertThat(event.actor().ref()).isEqualTo("ACCOUNT:6f1c2d9e-0b7a-4c55-9a51-3f1e0c7d2b10");
	}

	@Test
	void requiresActorActionAndOutcome() {
		assertThatNullPointerException()
			.isThrownBy(() -> AuditEvent.of(null, AuditAction.LOGIN_SUCCESS, AuditOutcome.SUCCESS));
		assertThatNullPointerException().isThrownBy(() -> AuditEvent.of(STAFF, null, AuditOutcome.SUCCESS));
		assertThatNullPointerException().isThrownBy(() -> AuditEvent.of(STAFF, AuditAction.LOGIN_SUCCESS, null));
	}

	@Test
	void actorsHaveTypedReferences() {
		assertThat(AuditActor.system("retention-job").ref()).isEqualTo("SYSTEM:retention-job");
		assertThat(AuditActor.anonymous().ref()).isEqualTo("ANONYMOUS");
		assertThat(AuditActor.anonymous().id()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditActor(AuditActor.Kind.ANONYMOUS, "someone"));
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditActor(AuditActor.Kind.ACCOUNT, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "person.read", "login.failure", "contract.affiliation-ended", "rights.request.answered" })
	void acceptsDottedLowerCaseActionCodes(String code) {
		assertThat(AuditAction.of(code).code()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "login", "Person.Read", "person read", "person.", ".read", "person.read2", "person..read" })
	void refusesMalformedActionCodes(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditAction.of(code));
	}

}
