package fr.integrance.website.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.integrance.IntegrationTest;

/**
 * A mail sent through the embedded SMTP appears at /dev/mails with its links, for a
 * newcomer to follow.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DevMailsTests {

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	MockMvc mvc;

	@Test
	void sentMailWhenListedThenShowsSubjectAndLink() throws Exception {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("ne-pas-repondre@integrance.fr");
		message.setTo("nouvel.adherent@example.org");
		message.setSubject("Activez votre espace adhérent");
		message.setText("Bonjour,\nactivez votre espace : http://localhost:8080/activation/abc123\n");
		mailSender.send(message);

		String list = mvc.perform(MockMvcRequestBuilders.get("/dev/mails"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Activez votre espace adhérent").contains("nouvel.adherent@example.org");

		// (other tests of this context may have sent mails before: the link of this one)
		String path = Objects
			.requireNonNull(Jsoup.parse(list).selectFirst("a:containsOwn(Activez votre espace adhérent)"))
			.attr("href");
		String detail = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getContentAsString();
		assertThat(detail).contains("href=\"http://localhost:8080/activation/abc123\"");
	}

	@Test
	void unknownMailWhenRequestedThenNotFound() throws Exception {
		int status = mvc.perform(MockMvcRequestBuilders.get("/dev/mails/999")).andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(404);
	}

}
