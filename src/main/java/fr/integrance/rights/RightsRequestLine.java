package fr.integrance.rights;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request in the queue: no name, only the reference.
 *
 * @param id the request
 * @param reference {@code DDR-2026-000042}
 * @param rightId the register right
 * @param status where it stands
 * @param channel where it came from
 * @param receivedAt when it was received
 * @param dueDate the date it must be answered by (extended when it was)
 * @param daysLeft days until the due date, negative when overdue
 * @param overdue open and past its due date
 */
public record RightsRequestLine(RightsRequestId id, String reference, String rightId, RightsRequestStatus status,
		RightsChannel channel, Instant receivedAt, LocalDate dueDate, long daysLeft, boolean overdue) {
}
