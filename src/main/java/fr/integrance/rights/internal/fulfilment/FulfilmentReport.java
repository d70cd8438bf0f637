package fr.integrance.rights.internal.fulfilment;

import java.time.Instant;
import java.util.List;

import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.rights.RightsRequestId;

/**
 * What was done and told: for the request's page in the DPO console and the journal.
 * Counts and outcomes only, never the data.
 *
 * @param request the rights request
 * @param refused whether the answer is a refusal
 * @param answeredAt when the answer was sent
 * @param exportedSections how many export sections an access or portability answer holds
 * @param exportedFiles how many files its archive holds
 * @param erasure one outcome per record, for an erasure
 * @param restriction one outcome per module, for a restriction or its lifting
 * @param summaryKey a message key (bundle {@code rights}) summing up the answer for staff
 */
public record FulfilmentReport(RightsRequestId request, boolean refused, Instant answeredAt, int exportedSections,
		int exportedFiles, List<ErasureOutcome> erasure, List<RestrictionOutcome> restriction, String summaryKey) {

	public FulfilmentReport {
		erasure = List.copyOf(erasure);
		restriction = List.copyOf(restriction);
	}
}
