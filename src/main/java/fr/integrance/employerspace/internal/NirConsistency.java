package fr.integrance.employerspace.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.Civility;
import fr.integrance.platform.Nir;

/**
 * Whether a NIR (its key already checked by {@link Nir#parse}) agrees with the person it
 * is given for: first digit 1 for a man, 2 for a woman (3, 4, 7 and 8 — old provisional
 * and temporary numbers — are not checked); the two digits of the year of birth; the
 * month of birth when the NIR gives one (01 to 12; 20 to 42 and 50 to 99 mean the civil
 * record lacked it). The civility stands for the sex the number was given with: a person
 * whose civility no longer matches it is asked to check, not refused for good — staff can
 * still record them.
 */
final class NirConsistency {

	private NirConsistency() {
	}

	/** The key of the problem, empty when consistent. */
	static Optional<String> check(Nir nir, @Nullable Civility civility, @Nullable LocalDate birthDate) {
		String value = nir.normalised();
		char sex = value.charAt(0);
		if (civility != null && (sex == '1' && civility != Civility.M || sex == '2' && civility != Civility.MME)) {
			return Optional.of("affiliate.nir.sex-mismatch");
		}
		if (birthDate != null) {
			int year = Integer.parseInt(value.substring(1, 3));
			int month = Integer.parseInt(value.substring(3, 5));
			if (year != birthDate.getYear() % 100) {
				return Optional.of("affiliate.nir.birth-year-mismatch");
			}
			if (month >= 1 && month <= 12 && month != birthDate.getMonthValue()) {
				return Optional.of("affiliate.nir.birth-month-mismatch");
			}
		}
		return Optional.empty();
	}

}
