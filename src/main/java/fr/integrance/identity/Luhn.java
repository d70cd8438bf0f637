package fr.integrance.identity;

/** The Luhn checksum (ISO/IEC 7812) used by SIREN and SIRET. */
final class Luhn {

	private Luhn() {
	}

	/** True when the digit string passes the Luhn check. */
	static boolean isValid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return false;
			}
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return !digits.isEmpty() && sum % 10 == 0;
	}

}
