package fr.integrance.requests.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.Civility;
import fr.integrance.platform.PostalAddress;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestType;

/**
 * How a case's payload is written to and read from its JSON column: as the record its
 * request type names, with the platform's value objects in a stable shape (an address as
 * {@code {"lines":[…],"postalCode":…,"city":…,"country":"FR"}}, a file as its id).
 * <p>
 * Tolerant of what earlier versions stored, which stays in databases as it was written:
 * civilities {@code MADAME} and {@code MONSIEUR} (the requests module's own copy of the
 * civility, before {@link Civility}), and addresses as {@code line1}/{@code line2}.
 * Dependants' relationships were already written with the names of
 * {@link fr.integrance.contracts.DependantType}. Nothing is rewritten in place: an old
 * case reads as a new one.
 */
final class PayloadJson {

	/** What earlier versions wrote for each civility. */
	private static final Map<String, Civility> LEGACY_CIVILITIES = Map.of("MADAME", Civility.MME, "MONSIEUR",
			Civility.M);

	private static final JsonMapper JSON = JsonMapper.builder().addModule(platformValues()).build();

	private PayloadJson() {
	}

	static String write(RequestPayload payload) {
		return JSON.writeValueAsString(payload);
	}

	/** The payload of a case of that type, as its record. */
	static RequestPayload read(RequestType type, String json) {
		return JSON.readValue(json, type.payloadType());
	}

	/** The JSON as plain maps and lists, whatever its type (for exports and erasure). */
	@SuppressWarnings("unchecked")
	static Map<String, Object> tree(String json) {
		return JSON.readValue(json, Map.class);
	}

	static String write(Map<String, Object> tree) {
		return JSON.writeValueAsString(tree);
	}

	private static SimpleModule platformValues() {
		SimpleModule module = new SimpleModule("requests-payload");
		module.addDeserializer(Civility.class, new CivilityReader());
		module.addSerializer(PostalAddress.class, new AddressWriter());
		module.addDeserializer(PostalAddress.class, new AddressReader());
		module.addSerializer(AttachmentId.class, new AttachmentIdWriter());
		module.addDeserializer(AttachmentId.class, new AttachmentIdReader());
		return module;
	}

	private static final class CivilityReader extends ValueDeserializer<Civility> {

		@Override
		public Civility deserialize(JsonParser parser, DeserializationContext context) {
			String name = parser.getValueAsString();
			Civility legacy = LEGACY_CIVILITIES.get(name);
			return legacy != null ? legacy : Civility.valueOf(name);
		}

	}

	private static final class AddressWriter extends ValueSerializer<PostalAddress> {

		@Override
		public void serialize(PostalAddress address, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject();
			generator.writeName("lines");
			generator.writeStartArray();
			for (String line : address.lines()) {
				generator.writeString(line);
			}
			generator.writeEndArray();
			generator.writeStringProperty("postalCode", address.postalCode());
			generator.writeStringProperty("city", address.city());
			generator.writeStringProperty("country", address.country());
			generator.writeEndObject();
		}

	}

	/**
	 * Reads both shapes; an address is built by {@link PostalAddress#of}, which refuses
	 * what the platform does not accept.
	 */
	private static final class AddressReader extends ValueDeserializer<PostalAddress> {

		@Override
		public PostalAddress deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			List<String> lines = new ArrayList<>();
			if (node.has("lines")) {
				node.get("lines").values().forEach(line -> lines.add(line.asString()));
			}
			else {
				lines.add(text(node, "line1"));
				lines.add(text(node, "line2"));
			}
			return PostalAddress.of(lines, text(node, "postalCode"), text(node, "city"), text(node, "country"));
		}

		private static @Nullable String text(JsonNode node, String field) {
			JsonNode value = node.get(field);
			return value == null || value.isNull() ? null : value.asString();
		}

	}

	private static final class AttachmentIdWriter extends ValueSerializer<AttachmentId> {

		@Override
		public void serialize(AttachmentId id, JsonGenerator generator, SerializationContext context) {
			generator.writeString(id.value().toString());
		}

	}

	private static final class AttachmentIdReader extends ValueDeserializer<AttachmentId> {

		@Override
		public AttachmentId deserialize(JsonParser parser, DeserializationContext context) {
			return new AttachmentId(UUID.fromString(parser.getValueAsString()));
		}

	}

}
