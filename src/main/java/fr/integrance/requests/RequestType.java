package fr.integrance.requests;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A kind of request, one per record the sealed {@link RequestPayload} permits, named by
 * its {@link RequestTypeName}: adding a request type adds no constant here. The name is
 * what a case stores and what the type's message keys end with; the payload class is what
 * a case's JSON is read as. Equal when the names are; in the order of the {@code permits}
 * clause.
 */
public final class RequestType {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,31}");

	private static final List<RequestType> ALL = Arrays.stream(RequestPayload.class.getPermittedSubclasses())
		.map(RequestType::describe)
		.toList();

	private final String name;

	private final Class<? extends RequestPayload> payloadType;

	private RequestType(String name, Class<? extends RequestPayload> payloadType) {
		this.name = name;
		this.payloadType = payloadType;
	}

	private static RequestType describe(Class<?> permitted) {
		RequestTypeName name = permitted.getAnnotation(RequestTypeName.class);
		if (name == null || !NAME.matcher(name.value()).matches()) {
			throw new IllegalStateException(permitted.getName() + " needs a @RequestTypeName of upper-case letters");
		}
		return new RequestType(name.value(), permitted.asSubclass(RequestPayload.class));
	}

	/** Every request type, in the order of the {@code permits} clause. */
	public static List<RequestType> values() {
		return ALL;
	}

	/** The type of that payload record. */
	public static RequestType of(Class<? extends RequestPayload> payloadType) {
		return ALL.stream()
			.filter(type -> type.payloadType.equals(payloadType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a request payload: " + payloadType.getName()));
	}

	/** The type of that name; empty for any other text (a URL's parameter…). */
	public static Optional<RequestType> find(String name) {
		return ALL.stream().filter(type -> type.name.equals(name)).findFirst();
	}

	/**
	 * The type of that name.
	 * @throws IllegalArgumentException when no type has it
	 */
	@JsonCreator
	public static RequestType valueOf(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("No request type " + name));
	}

	@JsonValue
	public String name() {
		return name;
	}

	/** The record a case of this type keeps as its payload. */
	public Class<? extends RequestPayload> payloadType() {
		return payloadType;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof RequestType type && name.equals(type.name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}

	@Override
	public String toString() {
		return name;
	}

}
