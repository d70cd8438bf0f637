package fr.integrance.platform;

/** The Luhn check (ISO/IEC 7812) that SIREN, SIRET and member numbers carry. */
public final class Luhn {

	private Luhn() {
	}

	/**
	 * True when the digits of {@code digits} (all of them decimal digits) pass the Luhn
	 * check.
	 */
	public static boolean isValid(String digits) {
		return sum(digits, false) % 10 == 0;
	}

	/** The check digit to append to {@code digits} so that the whole passes. */
	public static int checkDigit(String digits) {
		return (10 - sum(digits, true) % 10) % 10;
	}

	/** Luhn sum; {@code doubleLast} when the check digit is still to be appended. */
	private static int sum(String digits, boolean doubleLast) {
		int sum = 0;
		boolean doubled = doubleLast;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum;
	}

	/**
	 * The plain sum of the digits, which La Poste's establishments use instead of Luhn.
	 */
	public static int digitSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += digits.charAt(i) - '0';
		}
		return sum;
	}

}
