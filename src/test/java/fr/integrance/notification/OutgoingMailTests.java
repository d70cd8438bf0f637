package fr.integrance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.integrance.platform.EmailAddress;

/** The outbox's boundary records. */
class OutgoingMailTests {

	private final EmailAddress to = EmailAddress.of("marie.dupont@example.org");

	@Test
	void isFrenchByDefaultAndCopiesItsModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("greetingName", "Marie");
		model.put("absent", null);
		OutgoingMail mail = OutgoingMail.of(to, "mail.notice.subject", "notice", model);
		model.put("greetingName", "changed");

		assertThat(mail.locale()).isEqualTo(Locale.FRENCH);
		assertThat(mail.model()).containsExactly(Map.entry("greetingName", "Marie"));
		assertThatThrownBy(() -> mail.model().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void noticeCarriesGreetingAndParagraphs() {
		OutgoingMail mail = OutgoingMail.notice(to, "mail.notice.subject", "Marie", MailText.of("a.key", 3))
			.withSubjectArguments("Intégrance")
			.withLocale(Locale.ENGLISH)
			.with("actionUrl", "https://www.integrance.fr/");

		assertThat(mail.template()).isEqualTo(OutgoingMail.NOTICE_TEMPLATE);
		assertThat(mail.model()).containsEntry("paragraphs", List.of(MailText.of("a.key", 3)))
			.containsEntry("actionUrl", "https://www.integrance.fr/");
		assertThat(mail.subjectArguments()).containsExactly("Intégrance");
		assertThat(mail.locale()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void toStringShowsNeitherTheAddressNorTheModel() {
		OutgoingMail mail = OutgoingMail.notice(to, "mail.notice.subject", "Marie Dupont");

		assertThat(mail.toString()).doesNotContain("marie.dupont").doesNotContain("Marie Dupont").contains("notice");
	}

	@Test
	void mailIdReadsBackItsText() {
		UUID uuid = UUID.randomUUID();

		assertThat(MailId.of(uuid.toString())).isEqualTo(new MailId(uuid));
		assertThat(new MailId(uuid).toString()).isEqualTo(uuid.toString());
	}

	@Test
	void mailTextNeedsAKey() {
		assertThatThrownBy(() -> MailText.of(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(MailText.of("k", "a", 1).argumentArray()).containsExactly("a", 1);
	}

}
