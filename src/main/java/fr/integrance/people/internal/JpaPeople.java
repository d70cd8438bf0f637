package fr.integrance.people.internal;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.BankAccount;
import fr.integrance.people.BankAccountId;
import fr.integrance.people.DirectDebitMandate;
import fr.integrance.people.NameKey;
import fr.integrance.people.NewPerson;
import fr.integrance.people.NirAlreadyRegisteredException;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.PersonSummary;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.Bic;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.platform.PhoneNumber;

/** {@link People} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaPeople implements People {

	static final int MAX_SEARCH_RESULTS = 200;

	private final PersonRepository persons;

	private final BankAccountRepository bankAccounts;

	private final FieldEncryption encryption;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final EntityManager entityManager;

	@Override
	public PersonId register(NewPerson person) {
		if (person.nir() != null && persons.existsByNirIndex(PersonEntity.nirIndexOf(person.nir(), blindIndex))) {
			throw new NirAlreadyRegisteredException();
		}
		return persons.save(PersonEntity.register(person, clock.instant(), encryption, blindIndex)).personId();
	}

	@Override
	public List<PersonId> registerAll(List<NewPerson> newPersons) {
		Map<String, NewPerson> byIndex = new LinkedHashMap<>();
		for (NewPerson person : newPersons) {
			if (person.nir() != null
					&& byIndex.put(PersonEntity.nirIndexOf(person.nir(), blindIndex), person) != null) {
				throw new NirAlreadyRegisteredException();
			}
		}
		if (!byIndex.isEmpty() && !persons.existingNirIndexes(byIndex.keySet()).isEmpty()) {
			throw new NirAlreadyRegisteredException();
		}
		List<PersonId> ids = new ArrayList<>(newPersons.size());
		for (NewPerson person : newPersons) {
			// persist, not save: a new row with its id already drawn, which save() would
			// first look for (merge)
			PersonEntity entity = PersonEntity.register(person, clock.instant(), encryption, blindIndex);
			entityManager.persist(entity);
			ids.add(entity.personId());
		}
		return ids;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Person> find(PersonId id) {
		return live(id).map(entity -> entity.toPerson(encryption));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
		Map<PersonId, PersonSummary> summaries = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return summaries;
		}
		// plain columns only: a list of thousands of people loads no entity
		List<UUID> distinct = ids.stream().map(PersonId::value).distinct().toList();
		List<Object[]> rows = distinct.size() > 4 ? persons.findSummaryColumns(distinct)
				: persons.findSummaryColumnsOfFour(distinct.get(0), distinct.get(Math.min(1, distinct.size() - 1)),
						distinct.get(Math.min(2, distinct.size() - 1)), distinct.get(distinct.size() - 1));
		for (Object[] row : rows) {
			PersonSummary summary = summaryOf(row);
			summaries.put(summary.id(), summary);
		}
		return summaries;
	}

	/**
	 * A summary from the columns of {@link PersonRepository#findSummaryColumns} (and the
	 * searches' first nine).
	 */
	private static PersonSummary summaryOf(Object[] row) {
		return new PersonSummary(new PersonId((UUID) row[0]),
				PersonName.of((Civility) row[1], (String) row[2], (String) row[3], (String) row[4]), (LocalDate) row[5],
				(String) row[6], (String) row[7], Boolean.TRUE.equals(row[8]));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonSummary> search(String lastName, @Nullable LocalDate birthDate, int limit) {
		String key = NameKey.of(lastName).value();
		if (key.isEmpty()) {
			return List.of();
		}
		int size = Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS));
		Limit max = Limit.of(size);
		String prefix = key + "%";
		List<Object[]> byUsageName = birthDate == null ? persons.searchByUsageName(prefix, max)
				: persons.searchByUsageNameAndBirthDate(prefix, birthDate, max);
		List<Object[]> byBirthName = birthDate == null ? persons.searchByBirthName(prefix, max)
				: persons.searchByBirthNameAndBirthDate(prefix, birthDate, max);
		// Each list is in the order of the name that matched; merged on that name, the
		// first `size` of the union are the first `size` of the whole search.
		Map<UUID, Match> matches = new LinkedHashMap<>();
		byUsageName.forEach(row -> matches.putIfAbsent((UUID) row[0], Match.of(row)));
		byBirthName.forEach(row -> matches.merge((UUID) row[0], Match.of(row),
				(first, second) -> first.key().compareTo(second.key()) <= 0 ? first : second));
		return matches.values()
			.stream()
			.sorted(Comparator.comparing(Match::key)
				.thenComparing(match -> match.person().birthDate())
				.thenComparing(match -> match.person().id().value()))
			.limit(size)
			.map(Match::person)
			.toList();
	}

	/**
	 * A person found by a search and the key (usage or birth name) through which they
	 * matched.
	 */
	private record Match(String key, PersonSummary person) {

		/** From a search's row: the summary's columns, then the key that matched. */
		static Match of(Object[] row) {
			return new Match((String) row[9], summaryOf(row));
		}

	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> findByNir(Nir nir) {
		return persons.findByNirIndex(PersonEntity.nirIndexOf(nir, blindIndex)).map(PersonEntity::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Nir, PersonSummary> findByNirs(Collection<Nir> nirs) {
		Map<String, Nir> byIndex = new LinkedHashMap<>();
		nirs.forEach(nir -> byIndex.put(PersonEntity.nirIndexOf(nir, blindIndex), nir));
		Map<Nir, PersonSummary> holders = new LinkedHashMap<>();
		if (byIndex.isEmpty()) {
			return holders;
		}
		for (PersonEntity person : persons.findByNirIndexes(byIndex.keySet())) {
			Nir nir = byIndex.get(person.nirIndex());
			if (nir != null) {
				holders.put(nir, person.toSummary());
			}
		}
		return holders;
	}

	@Override
	public void changeContact(PersonId id, EmailAddress email, @Nullable PhoneNumber phone) {
		PersonEntity person = live(id).orElseThrow(() -> new UnknownPersonException(id));
		if (person.isRestricted()) {
			throw new PersonRestrictedException(id);
		}
		person.setContact(email, phone);
	}

	@Override
	public BankAccountId addBankAccount(PersonId owner, Iban iban, Bic bic, String holder) {
		if (live(owner).isEmpty()) {
			throw new UnknownPersonException(owner);
		}
		BankAccountEntity account = BankAccountEntity.create(owner, iban, bic, holder, clock.instant(), encryption);
		return new BankAccountId(bankAccounts.save(account).id());
	}

	@Override
	public DirectDebitMandate signMandate(BankAccountId account, LocalDate signedOn) {
		BankAccountEntity entity = bankAccount(account);
		long number = bankAccounts.nextMandateNumber();
		return entity.sign(DirectDebitMandate.reference(number), signedOn);
	}

	@Override
	public DirectDebitMandate revokeMandate(BankAccountId account, LocalDate revokedOn) {
		return bankAccount(account).revoke(revokedOn);
	}

	@Override
	@Transactional(readOnly = true)
	public List<BankAccount> bankAccounts(PersonId owner) {
		return bankAccounts.findByPerson(owner.value()).stream().map(a -> a.toBankAccount(encryption)).toList();
	}

	private BankAccountEntity bankAccount(BankAccountId id) {
		return bankAccounts.findById(id.value())
			.orElseThrow(() -> new IllegalArgumentException("Unknown bank account " + id));
	}

	/**
	 * A person's file: the person, NIR decrypted, and their bank accounts, read by one
	 * statement; empty when the person is unknown or anonymised.
	 */
	@Transactional(readOnly = true)
	Optional<PersonFile> file(PersonId id) {
		List<Object[]> rows = persons.findWithBankAccounts(id.value());
		if (rows.isEmpty() || ((PersonEntity) rows.get(0)[0]).isAnonymised()) {
			return Optional.empty();
		}
		List<BankAccount> accounts = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			if (row[1] instanceof BankAccountEntity account) {
				accounts.add(account.toBankAccount(encryption));
			}
		}
		return Optional.of(new PersonFile(((PersonEntity) rows.get(0)[0]).toPerson(encryption), accounts));
	}

	/** A person and their bank accounts. */
	record PersonFile(Person person, List<BankAccount> bankAccounts) {
	}

	private Optional<PersonEntity> live(PersonId id) {
		return persons.findById(id.value()).filter(entity -> !entity.isAnonymised());
	}

}
