package fr.integrance.privacy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
 * the register, or {@link NotPersonalData}, not both. The rule that keeps secrets out of
 * exports is explicit too: a field named as a secret or its digest ({@code passwordHash},
 * {@code totpSecret}, {@code tokenHash}…) is {@code export = SECRET}, a field named as a
 * lookup key ({@code searchKey}, {@code nirIndex}, {@code keyDigest}) is not exported.
 */
final class PersonalDataFieldCheck {

	/** Names of a secret or of its digest. */
	static final Pattern SECRET = Pattern.compile("(?i)password|.*secret|.*hash");

	/** Names of a key derived only to find rows. */
	static final Pattern LOOKUP_KEY = Pattern.compile(".*(Key|Index|Digest)");

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
				if (SECRET.matcher(field.getName()).matches() && personal.export() != PersonalData.Export.SECRET) {
					problems.add(name + ": a secret or its digest is export = SECRET, never exported");
				}
				else if (LOOKUP_KEY.matcher(field.getName()).matches()
						&& personal.export() == PersonalData.Export.VALUE) {
					problems.add(name + ": a lookup key is export = LOOKUP_KEY, not exported");
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
