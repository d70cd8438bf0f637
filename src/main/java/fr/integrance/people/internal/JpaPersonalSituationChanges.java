package fr.integrance.people.internal;

import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.PersonalSituationChanges;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.PostalAddress;

/** {@link PersonalSituationChanges} on JPA. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaPersonalSituationChanges implements PersonalSituationChanges {

	private final PersonRepository persons;

	@Override
	public void changeAddress(PersonId person, PostalAddress address) {
		change(person, entity -> entity.setAddress(address));
	}

	@Override
	public void changeFamilySituation(PersonId person, @Nullable FamilySituation situation) {
		change(person, entity -> entity.setFamilySituation(situation));
	}

	@Override
	public void changeScheme(PersonId person, @Nullable MandatoryScheme scheme, @Nullable String fund) {
		if (fund != null && (fund.isBlank() || fund.length() > 100)) {
			throw new IllegalArgumentException("fund must be 1 to 100 characters, or null");
		}
		change(person, entity -> entity.setScheme(scheme, fund));
	}

	private void change(PersonId id, Consumer<PersonEntity> change) {
		PersonEntity person = persons.findById(id.value())
			.filter(entity -> !entity.isAnonymised())
			.orElseThrow(() -> new UnknownPersonException(id));
		if (person.isRestricted()) {
			throw new PersonRestrictedException(id);
		}
		change.accept(person);
	}

}
