package fr.integrance.rights;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the requester is told: the reference of their request and the date it must be
 * answered by.
 */
public record ReceivedRightsRequest(UUID id, String reference, LocalDate dueDate) {
}
