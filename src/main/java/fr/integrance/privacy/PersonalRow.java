package fr.integrance.privacy;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.ErasureOutcome.Result;

/**
 * One row of a data subject's data, as a module declares it ({@link PersonalDataRows}):
 * the entity, and what an erasure does to it.
 *
 * @param entity the entity as loaded in the current transaction
 * @param within the row it belongs to (a contract for a dependant's row), whose context
 * fields the export shows beside the row's own; null when none
 * @param onErasure erased, anonymised, deferred to the module's own purge, or kept
 * @param erase what erases or anonymises the row (null when deferred or kept)
 * @param rule the register's retention rule id of a kept row
 * @param keptUntil when a kept row becomes erasable, null when not known yet
 */
public record PersonalRow(Object entity, @Nullable Object within, Result onErasure, @Nullable Runnable erase,
		@Nullable String rule, @Nullable LocalDate keptUntil) {

	public PersonalRow {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(onErasure, "onErasure");
		boolean acts = onErasure == Result.ERASED || onErasure == Result.ANONYMISED;
		if (acts != (erase != null)) {
			throw new IllegalArgumentException("An erased or anonymised row, and only such a row, says how");
		}
		if ((onErasure == Result.KEPT) != (rule != null && !rule.isBlank())) {
			throw new IllegalArgumentException("A kept row, and only such a row, names its retention rule");
		}
	}

	/** A row that an erasure deletes, by {@code delete}. */
	public static PersonalRow erasable(Object entity, Runnable delete) {
		return new PersonalRow(entity, null, Result.ERASED, Objects.requireNonNull(delete, "delete"), null, null);
	}

	/** A row that an erasure anonymises, by {@code anonymise}. */
	public static PersonalRow anonymisable(Object entity, Runnable anonymise) {
		return new PersonalRow(entity, null, Result.ANONYMISED, Objects.requireNonNull(anonymise, "anonymise"), null,
				null);
	}

	/**
	 * A row kept under the register's retention rule {@code rule} (e.g.
	 * {@code member-contract-6y}) until {@code keptUntil} (null: not known yet, the clock
	 * has not started).
	 */
	public static PersonalRow kept(Object entity, String rule, @Nullable LocalDate keptUntil) {
		return new PersonalRow(entity, null, Result.KEPT, null, Objects.requireNonNull(rule, "rule"), keptUntil);
	}

	/**
	 * A row that the module's own purge erases later without a further request (a mail on
	 * its way).
	 */
	public static PersonalRow deferred(Object entity) {
		return new PersonalRow(entity, null, Result.DEFERRED, null, null, null);
	}

	/**
	 * The same row, read beside the context fields of {@code parent} (the contract of a
	 * dependant's row).
	 */
	public PersonalRow within(Object parent) {
		return new PersonalRow(entity, Objects.requireNonNull(parent, "parent"), onErasure, erase, rule, keptUntil);
	}

}
