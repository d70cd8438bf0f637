package fr.integrance.employerspace;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import fr.integrance.platform.Civility;

/**
 * Checksum-valid NIRs that match a civility and birth date, unique enough per test run.
 */
final class TestNirs {

	private TestNirs() {
	}

	static String of(Civility civility, LocalDate birthDate) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first13 = (civility == Civility.M ? "1" : "2")
				+ String.format(Locale.ROOT, "%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue()) + "69"
				+ String.format(Locale.ROOT, "%03d%03d", random.nextInt(1, 999), random.nextInt(1, 999));
		long key = 97 - Long.parseLong(first13) % 97;
		return first13 + String.format(Locale.ROOT, "%02d", key);
	}

}
