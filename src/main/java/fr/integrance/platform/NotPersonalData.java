package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field as holding no personal data (a technical id, a status, a
 * version), so that the register check knows it was looked at rather than forgotten.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotPersonalData {

	/** Optional: why the field holds no personal data, when it is not obvious. */
	String value() default "";

	/**
	 * True when an access export shows the field beside the row's personal data, as
	 * context the person needs to read them: which plan, from when, in which status. It
	 * says nothing about a person by itself; never set it on a reference to another row
	 * (a person id), which could name someone else.
	 */
	boolean context() default false;

}
