package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The forms' constraints beside the platform's value objects: birth dates (the texts a
 * value object parses: ValueOfTests).
 */
class FormConstraintsTests {

	@Test
	void birthDateMustBePastNotBefore1900AndOldEnough() {
		Clock clock = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
		PlausibleBirthDate.Validator anyAge = validator(clock, 0);
		assertThat(anyAge.isValid(LocalDate.of(2026, 3, 14), null)).isTrue();
		assertThat(anyAge.isValid(LocalDate.of(2026, 3, 15), null)).isFalse();
		assertThat(anyAge.isValid(LocalDate.of(2030, 1, 1), null)).isFalse();
		assertThat(anyAge.isValid(LocalDate.of(1900, 1, 1), null)).isTrue();
		assertThat(anyAge.isValid(LocalDate.of(1899, 12, 31), null)).isFalse();
		assertThat(anyAge.isValid(null, null)).isTrue();

		PlausibleBirthDate.Validator adult = validator(clock, 18);
		assertThat(adult.isValid(LocalDate.of(2008, 3, 15), null)).isTrue();
		assertThat(adult.isValid(LocalDate.of(2008, 3, 16), null)).isFalse();
	}

	// A hand-made instance of the constraint, only handed to the validator's initialize.
	@SuppressWarnings("BadAnnotationImplementation")
	private static PlausibleBirthDate.Validator validator(Clock clock, int minimumAge) {
		PlausibleBirthDate.Validator validator = new PlausibleBirthDate.Validator(clock);
		validator.initialize(new PlausibleBirthDate() {
			@Override
			public Class<? extends java.lang.annotation.Annotation> annotationType() {
				return PlausibleBirthDate.class;
			}

			@Override
			public String message() {
				return "";
			}

			@Override
			public Class<?>[] groups() {
				return new Class<?>[0];
			}

			@SuppressWarnings("unchecked")
			@Override
			public Class<? extends jakarta.validation.Payload>[] payload() {
				return new Class[0];
			}

			@Override
			public int minimumAge() {
				return minimumAge;
			}
		});
		return validator;
	}

}
