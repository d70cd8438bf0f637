package fr.integrance.requests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name of the request type a payload record is: what a case stores in its
 * {@code request_type} column and the suffix of the type's message keys
 * ({@code cases.type.SUBSCRIPTION}). Never changed once cases of that type exist.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequestTypeName {

	/** Upper-case letters and underscores, at most 32 characters. */
	String value();

}
