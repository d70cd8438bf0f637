package fr.integrance.testsupport;

import org.springframework.context.ApplicationContext;

import fr.integrance.people.PersonId;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;

/**
 * Art. 18 restriction of a person as the rights process records it: through the people
 * and contracts modules' providers (the person's state, their contracts' states).
 */
public final class Restrictions {

	private Restrictions() {
	}

	public static void restrict(ApplicationContext context, PersonId person) {
		PersonalDataProviders providers = context.getBean(PersonalDataProviders.class);
		for (String module : new String[] { "people", "contracts" }) {
			providers.of(module)
				.orElseThrow()
				.restrict(DataSubjectRef.person(person.value()), RestrictionGround.ACCURACY_CONTESTED);
		}
	}

}
