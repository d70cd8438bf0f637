package fr.integrance.rights.internal.fulfilment;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.rights.RightsRequestId;

/**
 * What to carry out and whom to answer.
 *
 * @param request the rights request
 * @param reference its reference ({@code DDR-2026-000042}), quoted in the answer
 * @param rightId the register right ({@code access}, {@code erasure}, …)
 * @param scope a register purpose id, or {@code all}
 * @param subject whose data (a verified subject, never guessed)
 * @param requesterName how the answer addresses the requester
 * @param requesterEmail where the notice goes
 * @param language the language of the answer
 * @param receivedAt when the request was received
 * @param staffNote what staff recorded for the answer (the correction made, the
 * compelling grounds of an objection…), or null
 * @param handler the account of the staff member or DPO who answers, or null for the
 * system
 */
public record FulfilmentOrder(RightsRequestId request, String reference, String rightId, String scope,
		DataSubjectRef subject, String requesterName, String requesterEmail, Locale language, Instant receivedAt,
		@Nullable String staffNote, @Nullable UUID handler) {

	@Override
	public String toString() {
		return "FulfilmentOrder[" + reference + ", " + rightId + ", " + subject + "]";
	}
}
