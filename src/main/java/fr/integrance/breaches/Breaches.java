package fr.integrance.breaches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

import fr.integrance.identity.AccountId;

/**
 * The breach register: records, describes, notifies, communicates and closes breaches,
 * each change kept in the breach's history (field names, never values) and recorded in
 * the audit journal ({@code breach.*} actions on {@code breach:<id>}). Clocks are read at
 * the application clock's instant.
 */
public interface Breaches {

	/** Lines per page of the register's list. */
	int PAGE_SIZE = 20;

	BreachId record(BreachFacts facts, AccountId actor);

	/**
	 * @throws UnknownBreachException when no breach has that id
	 */
	void update(BreachId id, BreachFacts facts, AccountId actor);

	void notified(BreachId id, Instant at, String cnilReference, AccountId actor);

	void notNotified(BreachId id, String reasons, AccountId actor);

	void informed(BreachId id, LocalDate on, String means, AccountId actor);

	void notInformed(BreachId id, String reasons, AccountId actor);

	/**
	 * Closes the breach once the notification is decided and, for a high risk, the
	 * communication to the people too.
	 * @throws BreachNotReadyException with what is missing
	 */
	void close(BreachId id, AccountId actor);

	void reopen(BreachId id, AccountId actor);

	/** Records in the journal that one breach was exported (its PDF). */
	void exported(BreachId id, AccountId actor);

	/** Records in the journal that the whole register was exported (its CSV). */
	void registerExported(AccountId actor);

	/**
	 * A page (from 0) of the register: all, open first then by deadline, when
	 * {@code status} is null; else that status's, by deadline.
	 */
	Page<BreachSummary> page(@Nullable BreachStatus status, int page);

	/** The open breaches, the nearest deadline first. */
	List<BreachSummary> open();

	/**
	 * @throws UnknownBreachException when no breach has that id
	 */
	BreachDetails get(BreachId id);

	/** The whole register, in the order the breaches were known. */
	List<BreachDetails> register();

}
