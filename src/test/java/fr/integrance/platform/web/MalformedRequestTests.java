package fr.integrance.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bytes that are no UTF-8 in a query string or a form body, and characters the firewall
 * refuses, get the French 400 page, never a bare status or a 500. Runs against the real
 * server, over a raw socket, so that the request reaches Tomcat's decoding as sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class MalformedRequestTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/?q=%FF%FE", "/contact?lastName=%C3%28", "/offres?x=%ED%A0%80", "/%FF",
			"/contact;jsessionid=x", "/gestion/%2e%2e/contact", "/?q=%" })
	void aMalformedQueryStringIsTheFrench400Page(String target) throws IOException {
		String answer = send(
				"GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n" + "Connection: close\r\n\r\n",
				new byte[0]);

		assertFrenchRefusal(answer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "lastName=%FF%FE&firstName=x", "lastName=\u00ff\u00fe", "a=%", "=%C3" })
	void aFormBodyThatIsNoUtf8IsTheFrench400Page(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
		String answer = send("POST /contact HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\nContent-Length: " + bytes.length
				+ "\r\nConnection: close\r\n\r\n", bytes);

		assertFrenchRefusal(answer);
	}

	private static void assertFrenchRefusal(String answer) {
		int status = Integer.parseInt(answer.substring(9, 12));
		assertThat(status).as(answer).isBetween(400, 499);
		assertThat(answer).as(answer)
			.contains("lang=\"fr\"")
			.containsAnyOf("Demande incorrecte", "demande", "Vous n’avez pas accès");
		assertThat(answer).as("security headers")
			.contains("Content-Security-Policy", "X-Content-Type-Options: nosniff");
		assertThat(answer).doesNotContain("Exception", "Tomcat", "Failed to convert");
	}

	private String send(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			in.transferTo(received);
			return received.toString(StandardCharsets.UTF_8);
		}
	}

}
