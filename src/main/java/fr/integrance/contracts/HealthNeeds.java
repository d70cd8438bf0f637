package fr.integrance.contracts;

import org.jspecify.annotations.Nullable;

/**
 * The collection of a protected adult's health needs (recueil des besoins en matière de
 * santé): special-category data (GDPR Art. 9), encrypted at rest, shown only on the
 * adult's file, each opening journaled. {@link #toString()} prints nothing of them.
 *
 * @param hospitalisation a hospital stay is expected
 * @param optics glasses or lenses are needed
 * @param dental dental care or prostheses are needed
 * @param hearing hearing aids are needed
 * @param longTermCondition an affection de longue durée (ALD) is recognised
 * @param details what the agent adds, at most {@value #MAX_DETAILS} characters; null when
 * none
 */
public record HealthNeeds(boolean hospitalisation, boolean optics, boolean dental, boolean hearing,
		boolean longTermCondition, @Nullable String details) {

	public static final int MAX_DETAILS = 1000;

	public HealthNeeds {
		details = details == null || details.isBlank() ? null : details.strip();
		if (details != null && details.length() > MAX_DETAILS) {
			throw new fr.integrance.platform.InvalidValueException("health-needs.details.invalid");
		}
	}

	/** The needs as one text: five flags ({@code 0}/{@code 1}), then the details. */
	public String encode() {
		return flag(hospitalisation) + flag(optics) + flag(dental) + flag(hearing) + flag(longTermCondition)
				+ (details == null ? "" : details);
	}

	/** Reads what {@link #encode()} wrote. */
	public static HealthNeeds decode(String text) {
		if (text.length() < 5) {
			throw new IllegalArgumentException("not encoded health needs");
		}
		return new HealthNeeds(text.charAt(0) == '1', text.charAt(1) == '1', text.charAt(2) == '1',
				text.charAt(3) == '1', text.charAt(4) == '1', text.substring(5));
	}

	private static String flag(boolean value) {
		return value ? "1" : "0";
	}

	@Override
	public String toString() {
		return "HealthNeeds[****]";
	}

}
