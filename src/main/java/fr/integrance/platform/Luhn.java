package fr.integrance.platform;

/** The Luhn check (ISO/IEC 7812) that SIREN and SIRET numbers carry. */
final class Luhn {

	private Luhn() {
	}

	/**
	 * True when the digits of {@code digits} (all of them decimal digits) pass the Luhn
	 * check.
	 */
	static boolean isValid(String digits) {
		int sum = 0;
		boolean doubled = false;
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
		return sum % 10 == 0;
	}

	/**
	 * The plain sum of the digits, which La Poste's establishments use instead of Luhn.
	 */
	static int digitSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += digits.charAt(i) - '0';
		}
		return sum;
	}

}
