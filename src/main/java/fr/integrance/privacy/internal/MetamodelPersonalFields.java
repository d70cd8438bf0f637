package fr.integrance.privacy.internal;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Component;

import fr.integrance.privacy.PersonalFields;

/**
 * The exportable personal fields of the application's entities, read once from the JPA
 * metamodel and each entity's annotations ({@link EntityShape}); the module is the
 * entity's top-level package under {@code fr.integrance}.
 */
@Component
class MetamodelPersonalFields implements PersonalFields {

	private static final String ROOT = "fr.integrance.";

	private final List<PersonalField> fields;

	MetamodelPersonalFields(EntityManagerFactory entities) {
		TreeSet<PersonalField> found = new TreeSet<>(Comparator.comparing(PersonalField::module)
			.thenComparing(PersonalField::category)
			.thenComparing(PersonalField::field));
		entities.getMetamodel().getEntities().forEach(type -> {
			Class<?> entity = type.getJavaType();
			if (!entity.getName().startsWith(ROOT)) {
				return;
			}
			String module = entity.getName().substring(ROOT.length()).split("\\.")[0];
			new EntityShape(entity).fields()
				.stream()
				.filter(field -> !field.context())
				.forEach(field -> found.add(new PersonalField(module, String.valueOf(field.category()), field.name())));
		});
		this.fields = List.copyOf(found);
	}

	@Override
	public List<PersonalField> all() {
		return fields;
	}

}
