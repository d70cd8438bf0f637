package fr.integrance.platform.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.TypedId;

/**
 * Builds any {@link TypedId} record from its text in a URL, through the record's
 * canonical constructor. A text that is not a UUID fails the conversion, which the
 * not-found advice answers with the 404 page (a malformed id is an unknown one).
 */
final class TypedIdConverter implements ConditionalGenericConverter {

	private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
		@Override
		protected MethodHandle computeValue(Class<?> type) {
			return constructor(type);
		}
	};

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, TypedId.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		Class<?> type = targetType.getType();
		return type.isRecord() && TypedId.class.isAssignableFrom(type);
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		UUID value = UUID.fromString(((String) source).strip());
		try {
			return CONSTRUCTORS.get(targetType.getType()).invoke(value);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MethodHandle constructor(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		if (components == null || components.length != 1 || components[0].getType() != UUID.class) {
			throw new IllegalStateException(
					type.getName() + " is a TypedId but not a record of one UUID: " + Arrays.toString(components));
		}
		try {
			return MethodHandles.publicLookup()
				.findConstructor(type, MethodType.methodType(void.class, UUID.class))
				.asType(MethodType.methodType(Object.class, UUID.class));
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			throw new IllegalStateException(type.getName() + " needs a public canonical constructor", ex);
		}
	}

}
