package fr.integrance.privacy;

/**
 * The processing register in force, loaded and validated at start-up. Other modules read
 * purposes, data categories, retention rules and recipients from here rather than
 * hard-coding them.
 */
public interface ProcessingRegister {

	/**
	 * The register as loaded at start-up (never null: an invalid register stops the
	 * application).
	 */
	Register current();

	/**
	 * Where the register was read from, per section, e.g.
	 * {@code purposes -> register/purposes.yml}.
	 */
	String sourceOf(String section);

}
