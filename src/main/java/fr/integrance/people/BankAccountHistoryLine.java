package fr.integrance.people;

import org.jspecify.annotations.Nullable;

/**
 * One account of a person's history of bank details: the account and its mandate, and the
 * due date from which it pays when it was given online (null for an account recorded by
 * staff).
 */
public record BankAccountHistoryLine(BankAccount account, java.time.@Nullable LocalDate effectiveOn) {
}
