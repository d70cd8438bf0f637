package fr.integrance.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.integrance.documents.internal.ThumbnailRenderer;
import fr.integrance.platform.EmailAddress;

/**
 * What the documents tests add to the application: a fake thumbnail renderer (a few bytes
 * naming the type), the recipients of the spaces the tests make (a test owner is no
 * member of the people module), and the retention of the test cases' documents.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DocumentsTestConfiguration {

	/** The "PNG" the fake renderer draws for a type. */
	public static byte[] fakeThumbnail(String mediaType) {
		return ("thumbnail of " + mediaType).getBytes(StandardCharsets.UTF_8);
	}

	@Bean
	@Primary
	ThumbnailRenderer fakeThumbnailRenderer() {
		return (mediaType, content) -> content.length == 0 ? Optional.empty() : Optional.of(fakeThumbnail(mediaType));
	}

	@Bean
	TestRecipients testRecipients() {
		return new TestRecipients();
	}

	@Bean
	TestCaseRetention testCaseRetention() {
		return new TestCaseRetention();
	}

	/**
	 * The retention of the test cases: a case's documents may be erased unless the test
	 * holds it.
	 */
	public static class TestCaseRetention implements CaseDocumentsRetention {

		private final Map<UUID, Hold> holds = new ConcurrentHashMap<>();

		public void hold(UUID caseId, Hold hold) {
			holds.put(caseId, hold);
		}

		@Override
		public Optional<Hold> hold(UUID caseId) {
			return Optional.ofNullable(holds.get(caseId));
		}

	}

	/** The addresses that receive a test space's reminders. */
	public static class TestRecipients implements SpaceRecipients {

		private final Map<UUID, List<EmailAddress>> addresses = new ConcurrentHashMap<>();

		public void set(SpaceOwner owner, String... emails) {
			addresses.put(owner.id(), java.util.Arrays.stream(emails).map(EmailAddress::of).toList());
		}

		@Override
		public List<EmailAddress> recipientsOf(SpaceOwner owner) {
			return addresses.getOrDefault(owner.id(), List.of());
		}

	}

}
