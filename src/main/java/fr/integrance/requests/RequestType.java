package fr.integrance.requests;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A kind of request: one per record the sealed {@link RequestPayload} permits, named by
 * its {@link RequestPayload.TypeName}, so that adding a request type adds no constant
 * here. The name is what a case stores and what the type's message keys end with
 * ({@code cases.type.SUBSCRIPTION}); the payload type is the record a case's JSON is read
 * as. Printed (and written in JSON) as its name.
 *
 * @param name upper-case letters and underscores, at most 32 characters
 * @param payloadType the permitted record of that name
 */
public record RequestType(@JsonValue String name, Class<? extends RequestPayload> payloadType) {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,31}");

	private static final List<RequestType> ALL = Arrays.stream(RequestPayload.class.getPermittedSubclasses())
		.map(permitted -> {
			RequestPayload.TypeName name = permitted.getAnnotation(RequestPayload.TypeName.class);
			if (name == null) {
				throw new IllegalStateException(permitted.getName() + " needs a @RequestPayload.TypeName");
			}
			return new RequestType(name.value(), permitted.asSubclass(RequestPayload.class));
		})
		.toList();

	/**
	 * @throws IllegalArgumentException unless {@code payloadType} is a record the sealed
	 * payload permits, named {@code name}
	 */
	public RequestType {
		RequestPayload.TypeName declared = payloadType.getAnnotation(RequestPayload.TypeName.class);
		if (!Arrays.asList(RequestPayload.class.getPermittedSubclasses()).contains(payloadType) || declared == null
				|| !declared.value().equals(name) || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a request type: " + name + " of " + payloadType.getName());
		}
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
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static RequestType valueOf(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("No request type " + name));
	}

	@Override
	public String toString() {
		return name;
	}

}
