package fr.integrance.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * Every persistent field of the entities of the requests and rights modules says whether
 * it holds personal data, and with a category the register has (until the platform-wide
 * check lands).
 */
class PersonalDataAnnotationsTests {

	private static final Set<String> CATEGORIES = Set.of("identification", "connection", "economic-financial",
			"documents", "personal-life");

	@Test
	void everyEntityFieldIsClassified() throws ClassNotFoundException {
		List<String> problems = new ArrayList<>();
		for (String name : List.of("fr.integrance.requests.internal.RequestCase",
				"fr.integrance.requests.internal.CaseAttachment", "fr.integrance.requests.internal.CaseTransition",
				"fr.integrance.requests.internal.CaseMessage", "fr.integrance.requests.internal.CaseRestriction",
				"fr.integrance.rights.internal.RightsRequest")) {
			for (Field field : Class.forName(name).getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers())
						|| field.isAnnotationPresent(jakarta.persistence.Transient.class)) {
					continue;
				}
				PersonalData personal = field.getAnnotation(PersonalData.class);
				boolean notPersonal = field.isAnnotationPresent(NotPersonalData.class);
				if ((personal == null) == !notPersonal) {
					problems.add(name + "." + field.getName() + " is not classified exactly once");
				}
				if (personal != null && !CATEGORIES.contains(personal.category())) {
					problems.add(name + "." + field.getName() + " has unknown category " + personal.category());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
