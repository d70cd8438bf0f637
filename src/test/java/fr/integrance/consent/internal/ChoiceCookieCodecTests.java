package fr.integrance.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.integrance.consent.VisitorChoice;

class ChoiceCookieCodecTests {

	private final ChoiceCookieCodec codec = new ChoiceCookieCodec("a-test-secret-long-enough-for-this-codec");

	private final VisitorChoice choice = new VisitorChoice(UUID.fromString("3f1c2b9e-6a57-4d7e-9f2a-0b1c2d3e4f50"),
			"2026.1", Instant.parse("2026-11-26T10:15:30Z"),
			Map.of("advertising", false, "audience-measurement", true));

	@Test
	void readsBackWhatItWrote() {
		String value = codec.encode(choice);

		assertThat(value).matches("1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(codec.decode(value)).contains(choice);
	}

	@Test
	void keepsANoticeVersionWithSeparatorsIntact() {
		VisitorChoice odd = new VisitorChoice(choice.visitorId(), "v|2,b=1 é", choice.decidedAt(), choice.choices());

		assertThat(codec.decode(codec.encode(odd))).contains(odd);
	}

	@Test
	void rejectsTamperedChoices() {
		String value = codec.encode(choice);
		String[] parts = value.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = payload.replace("advertising=0", "advertising=1");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];

		assertThat(forged).isNotEqualTo(payload);
		assertThat(codec.decode(tampered)).isEmpty();
	}

	@Test
	void rejectsATamperedSignature() {
		String value = codec.encode(choice);
		char last = value.charAt(value.length() - 1);
		String tampered = value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');

		assertThat(codec.decode(tampered)).isEmpty();
	}

	@Test
	void rejectsACookieSignedWithAnotherSecret() {
		String foreign = new ChoiceCookieCodec("another-secret-of-another-installation").encode(choice);

		assertThat(codec.decode(foreign)).isEmpty();
	}

	@Test
	void acceptsACookieFromAnotherNodeSharingTheSecret() {
		String fromOtherNode = new ChoiceCookieCodec("a-test-secret-long-enough-for-this-codec").encode(choice);

		assertThat(codec.decode(fromOtherNode)).contains(choice);
	}

	@Test
	void rejectsGarbageWithoutFailing() {
		assertThat(codec.decode(null)).isEmpty();
		assertThat(codec.decode("")).isEmpty();
		assertThat(codec.decode("1.")).isEmpty();
		assertThat(codec.decode("1..")).isEmpty();
		assertThat(codec.decode("2.abc.def")).isEmpty();
		assertThat(codec.decode("1.!!!.???")).isEmpty();
		assertThat(codec.decode("1." + "A".repeat(2000) + ".x")).isEmpty();
	}

}
