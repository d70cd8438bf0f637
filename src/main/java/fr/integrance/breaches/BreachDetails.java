package fr.integrance.breaches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A breach as its page, its PDF and the register's CSV show it, with its clock at the
 * moment it was read and its history.
 */
public record BreachDetails(BreachId id, String reference, BreachFacts facts, BreachStatus status, BreachClock clock,
		@Nullable Instant cnilNotifiedAt, @Nullable String cnilReference, @Nullable String noNotificationReasons,
		@Nullable LocalDate peopleInformedOn, @Nullable String peopleInformedMeans,
		@Nullable String noCommunicationReasons, Instant recordedAt, String recordedBy, Instant updatedAt,
		String updatedBy, @Nullable Instant closedAt, List<Change> history) {

	/** One change: what was done, which fields, by whom (a display name), when. */
	public record Change(Instant at, String action, List<String> fields, String actor) {
	}

	/** Whether the notification to the CNIL was decided: notified or reasons recorded. */
	public boolean notificationDecided() {
		return cnilNotifiedAt != null || noNotificationReasons != null;
	}

	/** Whether the communication to the people was decided: done or reasons recorded. */
	public boolean communicationDecided() {
		return peopleInformedOn != null || noCommunicationReasons != null;
	}

	public boolean open() {
		return status == BreachStatus.OPEN;
	}

}
