package fr.integrance.testsupport;

import org.springframework.context.ApplicationContext;

import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;

/**
 * Art. 18 restriction of a person as the rights process records it: through the people
 * and contracts modules' {@link PersonalDataProvider}s (the person's flag, their
 * contracts' flags).
 */
public final class Restrictions {

	private Restrictions() {
	}

	public static void restrict(ApplicationContext context, PersonId person) {
		for (PersonalDataProvider provider : context.getBeansOfType(PersonalDataProvider.class).values()) {
			if (provider.module().equals("people") || provider.module().equals("contracts")) {
				provider.restrict(DataSubjectRef.person(person.value().toString()),
						RestrictionGround.ACCURACY_CONTESTED);
			}
		}
	}

}
