package fr.integrance.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.ContractId;
import fr.integrance.people.PersonId;

/**
 * A case was decided (accepted or rejected): the sender's last contact with the mutual
 * about it. The retention module starts or moves the prospect's « 3 years from the last
 * contact » clock from it, unless the acceptance opened a contract (the contract's own
 * clock then governs). Ids only: who sent it is asked through {@link CaseSenders}.
 *
 * @param caseId the case
 * @param status its final status
 * @param person the person its acceptance created, null when none
 * @param contract the contract its acceptance opened, null when none
 * @param closedAt when it was decided
 */
public record CaseClosed(CaseId caseId, RequestStatus status, @Nullable PersonId person, @Nullable ContractId contract,
		Instant closedAt) {
}
