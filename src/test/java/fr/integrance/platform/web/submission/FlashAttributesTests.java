package fr.integrance.platform.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The flash attributes of a recorded redirect come back as they were; bytes that are not
 * what the filter wrote (another class, a gadget) come back as nothing.
 */
class FlashAttributesTests {

	@Test
	void referenceAndDueDateComeBack() {
		byte[] bytes = FlashAttributes
			.write(Map.of("reference", "DEM-2026-000064", "dueDate", LocalDate.of(2027, 1, 5)));

		assertThat(FlashAttributes.read(bytes)).containsEntry("reference", "DEM-2026-000064")
			.containsEntry("dueDate", LocalDate.of(2027, 1, 5));
	}

	@Test
	void noAttributesAreNoBytes() {
		assertThat(FlashAttributes.write(Map.of())).isNull();
		assertThat(FlashAttributes.read(null)).isEmpty();
	}

	@Test
	void aClassOutsideTheJdkAndTheApplicationIsNotRead() throws IOException {
		HashMap<String, Object> attributes = new HashMap<>();
		attributes.put("evil", new org.springframework.util.LinkedMultiValueMap<String, String>());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(attributes);
		}

		assertThat(FlashAttributes.read(bytes.toByteArray())).isEmpty();
	}

}
