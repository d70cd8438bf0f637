package fr.integrance.retention;

import java.time.Instant;
import java.time.LocalDate;

import fr.integrance.privacy.DataSubjectRef;

/**
 * How long one record is kept under one register retention rule.
 *
 * @param record the record kept
 * @param ruleId the register retention rule ({@code member-contract-6y}, …)
 * @param subject whom the record is about
 * @param trigger the rule's trigger in the register ({@code contract-end}, …)
 * @param cause what started the clock or last moved it
 * @param startsOn the day the period started (e.g. the last day of cover)
 * @param endsOn the start plus the rule's duration: from then on the record is due for
 * the rule's end action
 * @param recordedAt when the clock was recorded or last moved
 */
public record RetentionClock(RetainedRecord record, String ruleId, DataSubjectRef subject, String trigger,
		ClockCause cause, LocalDate startsOn, LocalDate endsOn, Instant recordedAt) {
}
