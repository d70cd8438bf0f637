package fr.integrance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The detector of the log-leak test finds what it must, and only that. */
class LogLeaksTests {

	@Test
	void findsEachKindOfPersonalData() {
		assertThat(LogLeaks.find("sent to camille.martin@exemple.fr", List.of())).hasSize(1);
		assertThat(LogLeaks.find("nir=295109912611193 ok", List.of())).hasSize(1);
		assertThat(LogLeaks.find("nir 2 95 10 99 126 111 93", List.of())).hasSize(1);
		assertThat(LogLeaks.find("corse 253072B07300470", List.of())).hasSize(1);
		assertThat(LogLeaks.find("iban FR7630006000011234567890189", List.of())).hasSize(1);
		assertThat(LogLeaks.find("iban FR76 3000 6000 0112 3456 7890 189.", List.of())).hasSize(1);
		assertThat(LogLeaks.find("password was Secret-42!", List.of("Secret-42!"))).hasSize(1);
	}

	@Test
	void ignoresWhatOnlyLooksLikeIt() {
		assertThat(LogLeaks.find("at 1764950000000 ms, id 4bf92f35-77b3-4da6-a3ce-929d0e0e4736", List.of())).isEmpty();
		assertThat(LogLeaks.find("nir with a wrong key 253072C07300443 and 295109912611194", List.of())).isEmpty();
		assertThat(LogLeaks.find("iban FR7630006000011234567890188 fails its check", List.of())).isEmpty();
		assertThat(LogLeaks.find("Incident 7F3A-09C2-B1 (status 500) at fr.integrance.X", List.of())).isEmpty();
	}

	@Test
	void recordsEveryLogEventUntilStopped() {
		Logger log = LoggerFactory.getLogger("fr.integrance.testsupport.Leaky");
		LogLeaks.Recording recording = LogLeaks.capture();
		log.debug("debug line to {}", "a@b.fr");
		List<String> lines = recording.finish();
		log.info("after the recording");

		assertThat(lines).anySatisfy(line -> assertThat(LogLeaks.find(line, List.of())).isNotEmpty());
		assertThat(lines).noneMatch(line -> line.contains("after the recording"));
	}

}
