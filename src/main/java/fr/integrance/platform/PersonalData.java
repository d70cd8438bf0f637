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
 * The privacy module's exporter reads it too: an access or portability export shows each
 * such field of the subject's rows under its category, by the field's name, decrypted
 * when {@link #encrypted()}, in its {@link #format()}; {@link #export()} says which
 * fields an export never shows (secrets, lookup keys).
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
	 * True for the sensitive fields that are encrypted at rest (NIR, IBAN, health needs…)
	 * with {@link FieldEncryption}, bound to {@code new FieldContext(table, column, id)}
	 * of their row.
	 */
	boolean encrypted() default false;

	/** Whether and how an access or portability export shows the field. */
	Export export() default Export.VALUE;

	/**
	 * How an export shows the value (decrypted first when {@link #encrypted()}), e.g. a
	 * NIR in its printed form; as stored by default. The class needs a constructor
	 * without arguments.
	 */
	Class<? extends ExportFormat> format() default ExportFormat.AsStored.class;

	/** What an access or portability export does with a field. */
	enum Export {

		/** Shown: the value as the module reads it. */
		VALUE,

		/**
		 * Left out: a key derived from another field only to find rows (a blind index, a
		 * search key, a keyed digest). The field it derives from is exported; the key
		 * tells the person nothing more.
		 */
		LOOKUP_KEY,

		/**
		 * Never shown, never exported, never logged: a secret or its digest (password
		 * hash, TOTP secret, digest of a one-time token or recovery code). Giving it out
		 * would only help whoever intercepts the export.
		 */
		SECRET

	}

}
