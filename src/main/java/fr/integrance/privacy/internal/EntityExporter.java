package fr.integrance.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.privacy.PrivacyState;

/**
 * Reads the rows a module declares ({@link fr.integrance.privacy.PersonalDataRows}) by
 * their annotations: what an export shows of a row, category by category, and its
 * {@link PrivacyState}. Encrypted fields are decrypted as the module reads them, bound to
 * the entity's table, the field's column and the row's id.
 */
@Component
@RequiredArgsConstructor
class EntityExporter {

	private final FieldEncryption encryption;

	private final Map<Class<?>, EntityShape> shapes = new ConcurrentHashMap<>();

	/**
	 * The row's records, one per category that holds a value: the context fields of
	 * {@code parent} (may be null) and of the row, then the row's fields of that
	 * category, by field name, in declaration order.
	 */
	Map<String, Map<String, Object>> records(Object row, @Nullable Object parent) {
		Object entity = Hibernate.unproxy(row);
		EntityShape shape = shape(entity);
		Map<String, Object> context = new LinkedHashMap<>();
		if (parent != null) {
			Object container = Hibernate.unproxy(parent);
			shape(container).fields()
				.stream()
				.filter(EntityShape.Exported::context)
				.forEach(field -> context.put(field.name(), value(field, container)));
		}
		shape.fields()
			.stream()
			.filter(EntityShape.Exported::context)
			.forEach(field -> context.put(field.name(), value(field, entity)));
		Map<String, Map<String, Object>> records = new LinkedHashMap<>();
		for (EntityShape.Exported field : shape.fields()) {
			if (field.context()) {
				continue;
			}
			Object value = field.encrypted() ? decrypted(field, shape, entity) : value(field, entity);
			Map<String, Object> record = records.computeIfAbsent(field.category(), c -> new LinkedHashMap<>(context));
			record.put(field.name(), value);
		}
		records.values().removeIf(record -> onlyEmpty(record, context));
		return records;
	}

	private static boolean onlyEmpty(Map<String, Object> record, Map<String, Object> context) {
		return record.entrySet()
			.stream()
			.filter(entry -> !context.containsKey(entry.getKey()))
			.allMatch(entry -> entry.getValue() == null);
	}

	private @Nullable Object decrypted(EntityShape.Exported field, EntityShape shape, Object entity) {
		Object stored = field.read(entity);
		if (stored == null) {
			return null;
		}
		String plain = encryption.decrypt((String) stored,
				new FieldContext(shape.table(), field.column(), shape.rowId(entity)));
		return plain == null ? null : field.format().format(plain);
	}

	private static @Nullable Object value(EntityShape.Exported field, Object entity) {
		Object value = field.read(entity);
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			value = constant.name();
		}
		return EntityShape.detached(field.format().format(value));
	}

	/** The table and id of the row: {@code person#6f1c…}. */
	String reference(Object row) {
		Object entity = Hibernate.unproxy(row);
		EntityShape shape = shape(entity);
		return shape.table() + "#" + shape.rowId(entity);
	}

	Optional<PrivacyState> privacy(Object row) {
		Object entity = Hibernate.unproxy(row);
		return shape(entity).privacy(entity);
	}

	void privacy(Object row, PrivacyState state) {
		Object entity = Hibernate.unproxy(row);
		shape(entity).privacy(entity, state);
	}

	private EntityShape shape(Object entity) {
		return shapes.computeIfAbsent(entity.getClass(), EntityShape::new);
	}

}
