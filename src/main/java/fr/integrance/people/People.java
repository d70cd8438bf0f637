package fr.integrance.people;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.integrance.platform.Bic;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PhoneNumber;

/** The people module's entry point: one record per human. */
public interface People {

	/**
	 * Registers a person.
	 * @throws NirAlreadyRegisteredException when another person already holds that NIR
	 */
	PersonId register(NewPerson person);

	/**
	 * Registers the persons, in this order, as {@link #register} would one after the
	 * other, with one blind-index lookup for all their NIRs and their rows inserted
	 * together: for a file of enrolments.
	 * @return their ids, in the same order
	 * @throws NirAlreadyRegisteredException when a NIR is already held, or given twice
	 */
	List<PersonId> registerAll(List<NewPerson> persons);

	/** The person, NIR decrypted; empty when unknown or anonymised. */
	Optional<Person> find(PersonId id);

	/** Summaries of the known ones among {@code ids}; unknown ids are left out. */
	Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids);

	/**
	 * People whose last name or birth name starts with {@code lastName}, compared without
	 * case, accents, spaces, hyphens or apostrophes; born on {@code birthDate} when it is
	 * given; ordered by last name then first names; at most {@code limit} (1 to 200).
	 * Served by an index on (search key, birth date). A blank name gives nothing.
	 */
	List<PersonSummary> search(String lastName, @Nullable LocalDate birthDate, int limit);

	/**
	 * The person holding that NIR, looked up through the blind index only (no plaintext
	 * in SQL).
	 */
	Optional<PersonSummary> findByNir(Nir nir);

	/**
	 * The holders of those NIRs that are held, by NIR, in one blind-index lookup (as
	 * {@link #findByNir} for each).
	 */
	Map<Nir, PersonSummary> findByNirs(Collection<Nir> nirs);

	/**
	 * Replaces e-mail and phone (either may be null to clear it).
	 * @throws UnknownPersonException when the person is unknown
	 * @throws PersonRestrictedException when the processing of their data is restricted
	 * (art. 18)
	 */
	void changeContact(PersonId id, EmailAddress email, @Nullable PhoneNumber phone);

	/**
	 * Adds a bank account; the holder's name is required (at most 200 characters).
	 * @throws UnknownPersonException when the owner is unknown
	 */
	BankAccountId addBankAccount(PersonId owner, Iban iban, Bic bic, String holder);

	/**
	 * Records a SEPA mandate signed on that day for the account, with a new unique RUM.
	 * @throws IllegalStateException when the account already has an active mandate
	 * @throws IllegalArgumentException when the account is unknown
	 */
	DirectDebitMandate signMandate(BankAccountId account, LocalDate signedOn);

	/**
	 * Records the revocation of the account's active mandate on that day.
	 * @throws IllegalStateException when it has no active mandate
	 */
	DirectDebitMandate revokeMandate(BankAccountId account, LocalDate revokedOn);

	/** The person's bank accounts, oldest first. */
	List<BankAccount> bankAccounts(PersonId owner);

}
