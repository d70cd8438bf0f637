package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A form's text that the value object {@link #value()} accepts, checked by that value
 * object's own parser (its public static {@code of(String)} or {@code parse(String)}, or
 * the method named by {@link #parser()}): one rule for the form and the domain alike, so
 * that what a form lets through is never refused once it becomes an {@link EmailAddress},
 * a {@link PhoneNumber}, a {@link PostalCode}, a name part…
 * <p>
 * A refused text gets the value object's own message (the key its
 * {@link InvalidValueException} carries, e.g. {@code email.invalid} of the
 * {@code i18n/values} bundle), unless the form gives its own {@link #message()}. Null and
 * blank are valid: pair with {@code @NotBlank} where the value is required. Forms keep
 * what was typed; the value object gives the form to store.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Constraint(validatedBy = ValueOf.Validator.class)
public @interface ValueOf {

	/** Means "the value object's own message". */
	String OWN_MESSAGE = "{value-of.invalid}";

	/** The value object that must accept the text. */
	Class<?> value();

	/**
	 * The name of its public static one-{@code String} parser; by default {@code of},
	 * else {@code parse}.
	 */
	String parser() default "";

	String message() default OWN_MESSAGE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValueOf, String> {

		private @Nullable Method parser;

		private boolean ownMessage;

		@Override
		public void initialize(ValueOf constraint) {
			parser = parserOf(constraint.value(), constraint.parser());
			ownMessage = OWN_MESSAGE.equals(constraint.message());
		}

		static Method parserOf(Class<?> type, String name) {
			for (String candidate : name.isEmpty() ? new String[] { "of", "parse" } : new String[] { name }) {
				try {
					Method method = type.getMethod(candidate, String.class);
					if (Modifier.isStatic(method.getModifiers())) {
						return method;
					}
				}
				catch (NoSuchMethodException ex) {
					// try the next name
				}
			}
			throw new IllegalStateException(type.getName() + " has no public static one-String parser");
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				Objects.requireNonNull(parser, "initialised").invoke(null, value);
				return true;
			}
			catch (InvocationTargetException ex) {
				if (!(ex.getCause() instanceof InvalidValueException refused)) {
					throw new IllegalStateException("The parser of a value object failed", ex.getCause());
				}
				if (ownMessage) {
					context.disableDefaultConstraintViolation();
					context.buildConstraintViolationWithTemplate("{" + refused.messageKey() + "}")
						.addConstraintViolation();
				}
				return false;
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
