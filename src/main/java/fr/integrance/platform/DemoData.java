package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link DemoDataContributor}: the identifier the seeder records once its data
 * is loaded, and its place among the others.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DemoData {

	/** The stable identifier, recorded once the data is loaded; a new one loads again. */
	String id();

	/** Contributors run in ascending order (people before contracts, say). */
	int order();

}
