package fr.integrance.rights.internal.fulfilment;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.RestrictionGround;
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
 * @param restrictionGround for a restriction, the case of Art. 18(1) it falls under; null
 * for another right (a restriction then defaults to (a), accuracy contested)
 */
public record FulfilmentOrder(RightsRequestId request, String reference, String rightId, String scope,
		DataSubjectRef subject, String requesterName, String requesterEmail, Locale language, Instant receivedAt,
		@Nullable String staffNote, @Nullable UUID handler, @Nullable RestrictionGround restrictionGround) {

	/** An order without a restriction ground (every right but a restriction). */
	public FulfilmentOrder(RightsRequestId request, String reference, String rightId, String scope,
			DataSubjectRef subject, String requesterName, String requesterEmail, Locale language, Instant receivedAt,
			@Nullable String staffNote, @Nullable UUID handler) {
		this(request, reference, rightId, scope, subject, requesterName, requesterEmail, language, receivedAt,
				staffNote, handler, null);
	}

	@Override
	public String toString() {
		return "FulfilmentOrder[" + reference + ", " + rightId + ", " + subject + "]";
	}
}
