package fr.integrance.rights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.people.NameKey;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.DecryptionFailedException;
import fr.integrance.platform.InvalidValueException;

/**
 * Matches what an anonymous requester gave against what the mutual holds, in proportion:
 * the names always, and the member number or the birth date (at least one of them: names
 * alone never identify anyone). A member number, when given, decides: the member of that
 * contract, names (and birth date if given) equal. Otherwise the people with that last
 * name and birth date whose first name is the one given. Nothing of the match is ever
 * shown to the requester.
 */
@Component
@RequiredArgsConstructor
class IdentityMatcher {

	private static final int SEARCH_LIMIT = 20;

	private final People people;

	private final IndividualContracts contracts;

	/** The outcome: the people who match (none, one, or several). */
	record Match(List<PersonSummary> people) {

		Optional<PersonSummary> single() {
			return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
		}
	}

	Match match(String firstName, String lastName, @Nullable LocalDate birthDate, @Nullable String memberNumber) {
		if (memberNumber != null && !memberNumber.isBlank()) {
			return new Match(byMemberNumber(firstName, lastName, birthDate, memberNumber).stream().toList());
		}
		if (birthDate == null) {
			return new Match(List.of());
		}
		return new Match(byNames(firstName, lastName, birthDate));
	}

	/**
	 * The people staff may choose from: same names (and birth date or member number when
	 * given); without either, the homonyms, so that staff can check a document against
	 * them.
	 */
	List<PersonSummary> candidates(String firstName, String lastName, @Nullable String memberNumber) {
		List<PersonSummary> found = new ArrayList<>();
		if (memberNumber != null && !memberNumber.isBlank()) {
			byMemberNumber(firstName, lastName, null, memberNumber).ifPresent(found::add);
		}
		for (PersonSummary person : byNames(firstName, lastName, null)) {
			if (found.stream().noneMatch(p -> p.id().equals(person.id()))) {
				found.add(person);
			}
		}
		return found;
	}

	/** The address on file of that person, if any. */
	Optional<String> addressOnFile(PersonId person) {
		try {
			return people.find(person).map(Person::email).map(email -> email.value());
		}
		catch (DecryptionFailedException unreadable) {
			return Optional.empty();
		}
	}

	private Optional<PersonSummary> byMemberNumber(String firstName, String lastName, @Nullable LocalDate birthDate,
			String memberNumber) {
		MemberNumber number;
		try {
			number = MemberNumber.parse(memberNumber);
		}
		catch (InvalidValueException invalid) {
			return Optional.empty();
		}
		Optional<PersonId> member = contracts.findByMemberNumber(number).map(IndividualContract::member);
		if (member.isEmpty()) {
			return Optional.empty();
		}
		PersonSummary person = readable(member.get());
		if (person == null || !sameNames(firstName, lastName, person)
				|| (birthDate != null && !birthDate.equals(person.birthDate()))) {
			return Optional.empty();
		}
		return Optional.of(person);
	}

	private List<PersonSummary> byNames(String firstName, String lastName, @Nullable LocalDate birthDate) {
		try {
			return people.search(lastName, birthDate, SEARCH_LIMIT)
				.stream()
				.filter(person -> sameNames(firstName, lastName, person))
				.toList();
		}
		catch (DecryptionFailedException unreadable) {
			return List.of();
		}
	}

	private @Nullable PersonSummary readable(PersonId id) {
		try {
			return people.summaries(List.of(id)).get(id);
		}
		catch (DecryptionFailedException unreadable) {
			return null;
		}
	}

	/**
	 * Same last name (or birth name) and same first name: the first names as a whole, or
	 * the first of them.
	 */
	static boolean sameNames(String firstName, String lastName, PersonSummary person) {
		boolean last = NameKey.same(lastName, person.name().lastName())
				|| person.name().birthName().map(birth -> NameKey.same(lastName, birth)).orElse(false);
		String firstNames = person.name().firstNames();
		String first = firstNames.strip().split("[\\s,]+")[0];
		return last && (NameKey.same(firstName, firstNames) || NameKey.same(firstName, first));
	}

}
