package fr.integrance.rights;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;

/**
 * A rights request sent from a signed-in space: the subject is known from the session
 * (with its second factor where the space requires one), so the request goes straight to
 * {@link RightsRequestStatus#IN_PROGRESS}.
 *
 * @param rightId a right of the register
 * @param scope a register purpose id, or {@link RightsRequestSubmission#ALL_PROCESSING}
 * @param message what the person adds, may be null
 * @param subject whose data (the member, or the protected adult a guardian acts for)
 * @param firstName how to address the requester
 * @param lastName how to address the requester
 * @param email where to answer
 * @param language the language to answer in, null for French
 * @param channel the space it came from (never {@link RightsChannel#WEBSITE},
 * {@link RightsChannel#PAPER} or {@link RightsChannel#EMAIL})
 * @param onBehalf true when the requester acts for the subject (a guardian for a
 * protected adult), recorded as such
 * @param submittedBy the signed-in account
 */
public record VerifiedRightsRequest(String rightId, String scope, @Nullable String message, DataSubjectRef subject,
		String firstName, String lastName, String email, @Nullable String language, RightsChannel channel,
		boolean onBehalf, UUID submittedBy) {

	public VerifiedRightsRequest {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(submittedBy, "submittedBy");
		if (channel == RightsChannel.WEBSITE || channel == RightsChannel.PAPER || channel == RightsChannel.EMAIL) {
			throw new IllegalArgumentException("A verified request comes from a signed-in space, not " + channel);
		}
	}

	@Override
	public String toString() {
		return "VerifiedRightsRequest[" + rightId + ", " + scope + ", " + channel + ", " + subject + "]";
	}
}
