package fr.integrance.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovery codes: ten per enrolment, twelve characters each from an alphabet without
 * look-alike characters (no 0/O, 1/I), shown once as {@code XXXX-XXXX-XXXX}, stored as
 * SHA-256.
 */
final class RecoveryCodeGenerator {

	static final int COUNT = 10;
	static final int LENGTH = 12;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodeGenerator() {
	}

	/** New codes, formatted for display. */
	static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < LENGTH; c++) {
				if (c > 0 && c % 4 == 0) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/**
	 * The stored form of a code, once dashes and spaces are removed and letters
	 * upper-cased.
	 */
	static String hash(String normalisedCode) {
		return AccountToken.hash("recovery:" + normalisedCode);
	}

	static String normalise(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}

}
