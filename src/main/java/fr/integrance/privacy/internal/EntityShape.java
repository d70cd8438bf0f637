package fr.integrance.privacy.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.ExportFormat;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PrivacyState;

/**
 * What the annotations of one entity class say, read once: its table, its id, the fields
 * an export shows (personal data by category, and context), and where its
 * {@link PrivacyState} is. Mapped superclasses and embedded values are walked into.
 */
final class EntityShape {

	/** A field an export shows, reached through {@code path} (embedded values). */
	record Exported(List<Field> path, String name, @Nullable String category, boolean encrypted, String column,
			ExportFormat format) {

		boolean context() {
			return category == null;
		}

		@Nullable Object read(Object entity) {
			Object value = entity;
			for (Field field : path) {
				if (value == null) {
					return null;
				}
				value = get(field, value);
			}
			return value;
		}
	}

	private final Class<?> type;

	private final String table;

	private final @Nullable Field id;

	private final List<Exported> fields = new ArrayList<>();

	private final @Nullable Field privacy;

	EntityShape(Class<?> type) {
		this.type = type;
		Table annotation = type.getAnnotation(Table.class);
		this.table = annotation != null && !annotation.name().isBlank() ? annotation.name()
				: snakeCase(type.getSimpleName());
		Field foundId = null;
		Field foundPrivacy = null;
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			if (c != type && !c.isAnnotationPresent(MappedSuperclass.class)) {
				continue;
			}
			for (Field field : c.getDeclaredFields()) {
				if (!persistent(field)) {
					continue;
				}
				if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)) {
					foundId = accessible(field);
				}
				if (field.getType() == PrivacyState.class) {
					foundPrivacy = accessible(field);
				}
				else {
					walk(List.of(), field);
				}
			}
		}
		this.id = foundId;
		this.privacy = foundPrivacy;
		if (id == null && fields.stream().anyMatch(Exported::encrypted)) {
			throw new IllegalStateException(type.getName() + " holds encrypted fields but has no @Id to bind them to");
		}
	}

	private void walk(List<Field> outer, Field field) {
		List<Field> path = new ArrayList<>(outer);
		path.add(accessible(field));
		PersonalData personal = field.getAnnotation(PersonalData.class);
		NotPersonalData notPersonal = field.getAnnotation(NotPersonalData.class);
		if (personal != null) {
			if (personal.export() == PersonalData.Export.VALUE) {
				fields.add(new Exported(path, field.getName(), personal.category(), personal.encrypted(), column(field),
						instantiate(personal.format())));
			}
		}
		else if (notPersonal != null) {
			if (notPersonal.context()) {
				if (field.getType() == UUID.class && !field.isAnnotationPresent(Id.class)) {
					throw new IllegalStateException(type.getName() + "." + field.getName()
							+ ": a reference to another row is never context, it may name another person");
				}
				fields
					.add(new Exported(path, field.getName(), null, false, column(field), new ExportFormat.AsStored()));
			}
		}
		else if (field.isAnnotationPresent(Embedded.class) || field.getType().isAnnotationPresent(Embeddable.class)) {
			for (Field inner : field.getType().getDeclaredFields()) {
				if (persistent(inner)) {
					walk(path, inner);
				}
			}
		}
	}

	private static boolean persistent(Field field) {
		return !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
				&& !field.isAnnotationPresent(Transient.class) && !field.isSynthetic();
	}

	private static String column(Field field) {
		Column column = field.getAnnotation(Column.class);
		return column != null && !column.name().isBlank() ? column.name() : snakeCase(field.getName());
	}

	/**
	 * Spring Boot's default physical naming: {@code birthNameKey} →
	 * {@code birth_name_key}.
	 */
	static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static ExportFormat instantiate(Class<? extends ExportFormat> format) {
		try {
			Constructor<? extends ExportFormat> constructor = format.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(format.getName() + " needs a constructor without arguments", ex);
		}
	}

	private static Field accessible(Field field) {
		field.setAccessible(true);
		return field;
	}

	static Object get(Field field, Object target) {
		try {
			return field.get(target);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String table() {
		return table;
	}

	/** The row's id in its usual text form, as bound to its encrypted fields. */
	String rowId(Object entity) {
		if (id == null) {
			throw new IllegalStateException(type.getName() + " has no @Id");
		}
		return String.valueOf(get(id, entity));
	}

	List<Exported> fields() {
		return fields;
	}

	Optional<PrivacyState> privacy(Object entity) {
		return privacy == null ? Optional.empty() : Optional.ofNullable((PrivacyState) get(privacy, entity));
	}

	void privacy(Object entity, PrivacyState state) {
		if (privacy == null) {
			throw new IllegalStateException(type.getName() + " embeds no PrivacyState");
		}
		try {
			privacy.set(entity, state);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A collection value as a list, so that an export never hands out a live one. */
	static Object detached(Object value) {
		return value instanceof Collection<?> collection ? List.copyOf(collection) : value;
	}

}
