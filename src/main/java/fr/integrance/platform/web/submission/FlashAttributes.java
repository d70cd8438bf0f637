package fr.integrance.platform.web.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The flash attributes of a recorded redirect (the case reference the confirmation page
 * shows), as bytes for the {@code submission_key} row: Java serialization, as the session
 * store keeps them, read back through a filter that admits only the JDK's value types and
 * the application's own classes.
 */
final class FlashAttributes {

	private static final ObjectInputFilter ADMITTED = ObjectInputFilter.Config
		.createFilter("maxdepth=10;maxrefs=1000;maxbytes=65536;java.base/*;fr.integrance.**;!*");

	private FlashAttributes() {
	}

	/** Null when there are none, or when one of them cannot be kept. */
	static byte @Nullable [] write(@Nullable Map<String, ?> attributes) {
		if (attributes == null || attributes.isEmpty()) {
			return null;
		}
		HashMap<String, Object> copy = new HashMap<>();
		for (Map.Entry<String, ?> entry : attributes.entrySet()) {
			if (!(entry.getValue() instanceof Serializable)) {
				return null;
			}
			copy.put(entry.getKey(), entry.getValue());
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(copy);
		}
		catch (NotSerializableException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	/** Empty when the bytes cannot be read back (a class gone or refused). */
	static Map<String, Object> read(byte @Nullable [] bytes) {
		if (bytes == null) {
			return Map.of();
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			in.setObjectInputFilter(ADMITTED);
			Object value = in.readObject();
			if (!(value instanceof Map<?, ?> map)) {
				return Map.of();
			}
			Map<String, Object> attributes = new HashMap<>();
			map.forEach((name, attribute) -> {
				if (name instanceof String text && attribute != null) {
					attributes.put(text, attribute);
				}
			});
			return attributes;
		}
		catch (IOException | ClassNotFoundException ex) {
			return Map.of();
		}
	}

}
