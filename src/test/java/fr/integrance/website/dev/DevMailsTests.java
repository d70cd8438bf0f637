package fr.integrance.website.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.icegreen.greenmail.util.GreenMail;

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

	@Autowired
	GreenMail smtp;

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

	@Test
	void mailsWhenAskedFromAnotherMachineThenNotFound() throws Exception {
		for (String path : new String[] { "/dev/mails", "/dev/mails/0" }) {
			for (String remote : new String[] { "192.168.1.20", "10.0.0.7", "fe80:0:0:0:0:0:0:1" }) {
				int status = mvc.perform(MockMvcRequestBuilders.get(path).with(request -> {
					request.setRemoteAddr(remote);
					return request;
				})).andReturn().getResponse().getStatus();
				assertThat(status).as(path + " from " + remote).isEqualTo(404);
			}
		}
	}

	@Test
	void mailsWhenAskedFromLoopbackThenShown() throws Exception {
		for (String remote : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			int status = mvc.perform(MockMvcRequestBuilders.get("/dev/mails").with(request -> {
				request.setRemoteAddr(remote);
				return request;
			})).andReturn().getResponse().getStatus();
			assertThat(status).as(remote).isEqualTo(200);
		}
	}

	@Test
	void embeddedSmtpWhenStartedThenListensOnLoopbackOnly() throws Exception {
		assertThat(smtp.getSmtp().getBindTo()).isEqualTo("127.0.0.1");
		int port = smtp.getSmtp().getPort();
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			assertThat(socket.isConnected()).isTrue();
		}
		for (java.net.InetAddress address : nonLoopbackAddresses()) {
			assertThatThrownBy(() -> {
				try (java.net.Socket socket = new java.net.Socket()) {
					socket.connect(new java.net.InetSocketAddress(address, port), 1000);
				}
			}).as("SMTP reachable on " + address).isInstanceOf(java.io.IOException.class);
		}
	}

	private static java.util.List<java.net.InetAddress> nonLoopbackAddresses() throws java.net.SocketException {
		return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(network -> java.util.Collections.list(network.getInetAddresses()).stream())
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
	}

}
