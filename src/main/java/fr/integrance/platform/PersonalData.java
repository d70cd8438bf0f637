package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field that can hold personal data, with the register's data category
 * it belongs to ({@code identification}, {@code connection}, {@code economic-financial},
 * {@code documents}, {@code personal-life}). A test walks every entity and fails on a
 * field marked neither this way nor {@link NotPersonalData}, and on a category the
 * register lacks.
 * <p>
 * It lives in {@code platform}, not in {@code privacy}, because modules that may not
 * depend on the privacy kernel (the audit journal) store personal data too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

	/** Identifier of the register's data category, e.g. {@code "identification"}. */
	String category();

	/**
	 * True for the sensitive fields that are encrypted at rest (NIR, IBAN, health
	 * needs…).
	 */
	boolean encrypted() default false;

}
