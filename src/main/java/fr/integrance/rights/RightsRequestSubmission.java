package fr.integrance.rights;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A rights request as the person sends it.
 *
 * @param rightId a right of the register ({@code access}, {@code erasure}, …)
 * @param scope a register purpose id, or {@link #ALL_PROCESSING} for every processing
 * @param message what the person adds (what to correct, which data…), may be empty
 * @param firstName the requester's first name
 * @param lastName the requester's last name
 * @param email where to answer
 * @param memberNumber their member number if they have one, else null
 * @param language the language of the form, to answer in it
 * @param birthDate their birth date if they gave it (only to match them with what the
 * mutual holds; not stored), else null
 */
public record RightsRequestSubmission(String rightId, String scope, @Nullable String message, String firstName,
		String lastName, String email, @Nullable String memberNumber, @Nullable String language,
		@Nullable LocalDate birthDate) {

	/** The scope meaning "every processing that concerns me". */
	public static final String ALL_PROCESSING = "all";

	/** A submission without a birth date. */
	public RightsRequestSubmission(String rightId, String scope, @Nullable String message, String firstName,
			String lastName, String email, @Nullable String memberNumber, @Nullable String language) {
		this(rightId, scope, message, firstName, lastName, email, memberNumber, language, null);
	}

	@Override
	public String toString() {
		return "RightsRequestSubmission[" + rightId + ", " + scope + ", ****]";
	}
}
