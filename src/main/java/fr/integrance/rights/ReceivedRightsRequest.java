package fr.integrance.rights;

import java.time.LocalDate;

/**
 * What the requester is told: the reference of their request and the date it must be
 * answered by.
 */
public record ReceivedRightsRequest(RightsRequestId id, String reference, LocalDate dueDate) {
}
