package fr.integrance.privacy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * The privacy-by-construction check: every persistent field of an entity (its mapped
 * superclasses and embeddables included) carries {@link PersonalData} with a category of
 * the register, or {@link NotPersonalData}, not both.
 */
final class PersonalDataFieldCheck {

	private PersonalDataFieldCheck() {
	}

	/**
	 * The problems of one entity class; empty when every persistent field is accounted
	 * for.
	 */
	static List<String> problems(Class<?> entity, Set<String> registerCategories) {
		List<String> problems = new ArrayList<>();
		for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
			if (type != entity && !type.isAnnotationPresent(MappedSuperclass.class)) {
				continue;
			}
			check(type, type.getSimpleName(), registerCategories, problems);
		}
		return problems;
	}

	private static void check(Class<?> type, String path, Set<String> categories, List<String> problems) {
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
					|| field.isAnnotationPresent(Transient.class) || field.isSynthetic()) {
				continue;
			}
			String name = type.getName() + "." + field.getName();
			PersonalData personal = field.getAnnotation(PersonalData.class);
			boolean notPersonal = field.isAnnotationPresent(NotPersonalData.class);
			if (personal != null && notPersonal) {
				problems.add(name + ": both @PersonalData and @NotPersonalData");
			}
			else if (personal != null) {
				if (!categories.contains(personal.category())) {
					problems.add(name + ": @PersonalData names category '" + personal.category()
							+ "', unknown to the register");
				}
			}
			else if (!notPersonal) {
				boolean embedded = field.isAnnotationPresent(Embedded.class)
						|| field.isAnnotationPresent(EmbeddedId.class)
						|| field.getType().isAnnotationPresent(Embeddable.class);
				if (embedded) {
					// an embedded value is accounted for field by field
					check(field.getType(), path + "." + field.getName(), categories, problems);
				}
				else {
					problems.add(name + ": neither @PersonalData nor @NotPersonalData");
				}
			}
		}
	}

}
