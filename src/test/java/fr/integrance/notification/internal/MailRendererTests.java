package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import fr.integrance.IntegrationTest;

import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.notification.internal.OutboxMails.RenderedMail;
import fr.integrance.platform.EmailAddress;

/**
 * Mail rendering: French by default, text from the bundles, a plain-text twin of the
 * HTML.
 */
@IntegrationTest
@Import(NotificationTestConfiguration.class)
class MailRendererTests {

	private static final Path MAIL_TEMPLATES = Path.of("src/main/resources/templates/mail");

	@Autowired
	MailRenderer renderer;

	private final EmailAddress to = EmailAddress.of("marie@example.org");

	@Test
	void rendersTheNoticeInFrenchWithItsLinkAndFooter() {
		OutgoingMail mail = OutgoingMail
			.notice(to, "mail.notice.subject", "Marie", MailText.of("mail.greeting.named", "Paul"),
					MailText.of("mail.footer.automatic"))
			.withSubjectArguments("Intégrance")
			.with("actionUrl", "https://www.integrance.fr/activation/abc")
			.with("actionText", MailText.of("mail.footer.privacy-link"));

		RenderedMail rendered = renderer.render(mail);

		assertThat(rendered.subject()).isEqualTo("Un message de Intégrance");
		assertThat(rendered.text()).isEqualTo("""
				Bonjour Marie,

				Bonjour Paul,

				Ce message vous est envoyé automatiquement ; merci de ne pas y répondre.

				notre politique de confidentialité : https://www.integrance.fr/activation/abc

				L’équipe de Mutuelle Intégrance

				--\s
				Ce message vous est envoyé automatiquement ; merci de ne pas y répondre.
				Vos données personnelles et vos droits : https://www.integrance.fr/politique-de-confidentialite
				""");
		assertThat(rendered.html()).contains("<html lang=\"fr\">")
			.contains("<title>Un message de Intégrance</title>")
			.contains("<p>Bonjour Paul,</p>")
			.contains("<a href=\"https://www.integrance.fr/activation/abc\">notre politique de confidentialité</a>")
			.contains("<a href=\"https://www.integrance.fr/politique-de-confidentialite\">");
	}

	@Test
	void greetsWithoutANameWhenThereIsNone() {
		RenderedMail rendered = renderer
			.render(OutgoingMail.notice(to, "mail.notice.subject", null, MailText.of("mail.footer.automatic")));

		assertThat(rendered.text()).startsWith("Bonjour,\n");
		assertThat(rendered.html()).contains("<p>Bonjour,</p>");
	}

	@Test
	void escapesModelValuesInHtml() {
		RenderedMail rendered = renderer.render(OutgoingMail.notice(to, "mail.notice.subject", "<b>Marie</b>"));

		assertThat(rendered.html()).contains("Bonjour &lt;b&gt;Marie&lt;/b&gt;,").doesNotContain("<b>Marie");
	}

	@Test
	void keepsTheSubjectOnOneLine() {
		RenderedMail rendered = renderer
			.render(OutgoingMail.notice(to, "mail.notice.subject", null).withSubjectArguments("A\r\nBcc: x@y.fr"));

		assertThat(rendered.subject()).isEqualTo("Un message de A Bcc: x@y.fr").doesNotContain("\n");
	}

	@Test
	void rendersInEnglishOnRequest() {
		RenderedMail rendered = renderer
			.render(OutgoingMail.notice(to, "mail.notice.subject", "Marie").withLocale(Locale.ENGLISH));

		assertThat(rendered.text()).startsWith("Hello Marie,");
		assertThat(rendered.html()).contains("<html lang=\"en\">");
	}

	@Test
	void refusesTemplateNamesOutsideTheMailFolder() {
		for (String name : List.of("../website/home", "layout", "Notice", "mail/../../x", "")) {
			assertThatThrownBy(() -> OutgoingMail.of(to, "mail.notice.subject", name, java.util.Map.of())).as(name)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void everyHtmlMailTemplateHasItsTextTwinAndNoHardCodedText() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.list(MAIL_TEMPLATES)) {
			templates = files.sorted().toList();
		}
		for (Path html : templates.stream().filter(path -> path.toString().endsWith(".html")).toList()) {
			if (!html.getFileName().toString().equals("layout.html")) {
				assertThat(Path.of(html.toString().replace(".html", ".txt"))).exists();
			}
		}
		for (Path text : templates.stream().filter(path -> path.toString().endsWith(".txt")).toList()) {
			// what is left once expressions and tags are removed must hold no word
			String residue = Files.readString(text)
				.replaceAll("\\[\\((?s:.*?)\\)]", "")
				.replaceAll("\\[\\[(?s:.*?)]]", "")
				.replaceAll("\\[#[^\\]]*]|\\[/]", "");
			assertThat(residue).as(text.toString()).doesNotContainPattern("\\p{L}");
		}
	}

}
