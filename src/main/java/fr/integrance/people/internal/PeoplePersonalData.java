package fr.integrance.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import fr.integrance.people.PersonHolds;
import fr.integrance.people.PersonHolds.Hold;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The people module's rows of a {@link DataSubjectRef.Kind#PERSON} whose id is the person
 * id: their person row, their bank accounts and their changes of bank details.
 * <p>
 * Erasure anonymises the person row (other modules refer to its id) and deletes the bank
 * accounts, unless a module holds the person ({@link PersonHolds}: a running contract,
 * the « contract + 6 years » retention); then every row is kept under the rule of the
 * hold that lasts longest and, when known, until the day it ends.
 */
@Component
@RequiredArgsConstructor
class PeoplePersonalData implements PersonalDataRows {

	private final PersonRepository persons;

	private final BankAccountRepository bankAccounts;

	private final BankChangeRepository bankChanges;

	private final ObjectProvider<PersonHolds> holds;

	private final Clock clock;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		Optional<PersonEntity> found = subject.uuid(DataSubjectRef.Kind.PERSON).flatMap(persons::findById);
		if (found.isEmpty()) {
			return List.of();
		}
		PersonEntity person = found.get();
		List<BankAccountEntity> accounts = bankAccounts.findByPerson(person.id());
		List<BankChangeEntity> changes = bankChanges.findByPerson(person.id());
		Optional<Hold> hold = holds.orderedStream()
			.flatMap(h -> h.holds(person.personId()).stream())
			.reduce((first, second) -> second.outlasts(first) ? second : first);
		List<PersonalRow> rows = new ArrayList<>();
		if (hold.isPresent()) {
			rows.add(PersonalRow.kept(person, hold.get().rule(), hold.get().until()));
			accounts.forEach(account -> rows.add(PersonalRow.kept(account, hold.get().rule(), hold.get().until())));
			changes.forEach(change -> rows.add(PersonalRow.kept(change, hold.get().rule(), hold.get().until())));
			return rows;
		}
		rows.add(PersonalRow.anonymisable(person, () -> person.anonymise(clock.instant())));
		changes.forEach(change -> rows.add(PersonalRow.erasable(change, () -> bankChanges.delete(change))));
		accounts.forEach(account -> rows.add(PersonalRow.erasable(account, () -> bankAccounts.delete(account))));
		return rows;
	}

}
