package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form's constraint: a birth date a person can have: in the past (today in France, from
 * the application clock), not before 1 January 1900, and at least {@link #minimumAge()}
 * years ago (18 for a subscriber; a dependant may be a child). Null is valid (pair with
 * {@code @NotNull}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = PlausibleBirthDate.Validator.class)
public @interface PlausibleBirthDate {

	String message() default "{birth-date.implausible}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Minimum age in full years on the day of validation. */
	int minimumAge() default 0;

	LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/**
	 * Created by Spring's constraint validator factory, which injects the application
	 * clock.
	 */
	class Validator implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

		private final Clock clock;

		private int minimumAge;

		public Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public void initialize(PlausibleBirthDate annotation) {
			this.minimumAge = annotation.minimumAge();
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			LocalDate today = FrenchDates.today(clock);
			return !value.isBefore(EARLIEST) && value.isBefore(today) && !value.plusYears(minimumAge).isAfter(today);
		}

	}

}
