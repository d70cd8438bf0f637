package fr.integrance.people;

import java.util.List;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditJournal;

/**
 * A person's file as staff open it. Each opening is a read of the person's data that this
 * module writes to the audit journal itself, in the same transaction as the read, naming
 * the reader: a page that shows a file cannot forget it.
 */
public interface PersonFiles {

	/**
	 * The person, NIR decrypted (the page masks it), journaled as {@code person.read}.
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 */
	Person open(PersonId id, AuditActor reader);

	/**
	 * {@link #open}, its {@code person.read} entry committed while the caller reads and
	 * renders the rest of the page: closing the opening waits for the entry, and throws
	 * if it could not be written. A page sent only once the opening is closed (built
	 * inside a try-with-resources block on it, or rendered and held until then, as
	 * {@link fr.integrance.platform.HeldPages} does) is therefore never shown before its
	 * reading is journaled, and does not wait for the journal's commit before its other
	 * work.
	 * @throws UnknownPersonException when the person is unknown or anonymised (nothing is
	 * journaled)
	 */
	Opening opening(PersonId id, AuditActor reader);

	/**
	 * The same, for a page that shows the NIR in full (the rare task that needs it):
	 * journaled as {@code person.read} and as {@code person.nir-revealed}.
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 */
	Person openShowingNir(PersonId id, AuditActor reader);

	/**
	 * A file being opened: the person and their bank accounts (read together), and its
	 * journal entry being committed, waited for when the opening is closed.
	 */
	final class Opening implements AutoCloseable {

		private final Person person;

		private final List<BankAccount> bankAccounts;

		private final AuditJournal.PendingEntry entry;

		public Opening(Person person, List<BankAccount> bankAccounts, AuditJournal.PendingEntry entry) {
			this.person = person;
			this.bankAccounts = List.copyOf(bankAccounts);
			this.entry = entry;
		}

		/** The person, NIR decrypted (the page masks it). */
		public Person person() {
			return person;
		}

		/** The person's bank accounts, IBAN decrypted, as {@link People#bankAccounts}. */
		public List<BankAccount> bankAccounts() {
			return bankAccounts;
		}

		/**
		 * Waits until the opening is journaled.
		 * @throws IllegalStateException when it could not be
		 */
		@Override
		public void close() {
			entry.await();
		}

	}

}
