package fr.integrance.requests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A French telephone number: {@code 0} or {@code +33} (or {@code 0033}) then nine digits, the
 * first not zero, with spaces, dots or hyphens allowed between digits ({@code 06 12 34 56 78},
 * {@code +33 6.12.34.56.78}). A syntax check only: RULES.md §5 asks for libphonenumber, which
 * the build does not have yet; it would also accept overseas and foreign numbers properly.
 * Null and empty are valid.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = FrenchPhoneNumber.Validator.class)
public @interface FrenchPhoneNumber {

	String message() default "{intake.validation.phone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<FrenchPhoneNumber, String> {

		private static final Pattern PHONE = Pattern.compile("(?:\\+33|0033|0)[1-9][0-9]{8}");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || PHONE.matcher(normalise(value)).matches();
		}

		/** The digits (and a leading +) without the separators people type. */
		public static String normalise(String value) {
			return value.replaceAll("[\\s.\\-]", "");
		}
	}
}
