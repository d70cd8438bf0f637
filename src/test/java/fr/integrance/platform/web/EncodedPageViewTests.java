package fr.integrance.platform.web;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.people.PersonId;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views write the page Thymeleaf renders as the bytes the container's writer would
 * have written, encoded in one call ({@link EncodedPageView}).
 */
@IdentityIntegrationTest
class EncodedPageViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	ThymeleafViewResolver views;

	@Test
	void thePagesAreTheBytesThymeleafsOwnViewWrites() {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId person = fixtures.person("Éloïse-Ångström", "Gaëlle", LocalDate.of(1980, 3, 14));
		fixtures.activeContract(person, LocalDate.of(2024, 1, 1), List.of());
		clock.advance(Duration.ofSeconds(30));
		WebSession visitor = new WebSession(mvc);
		WebSession staff = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));
		List<String> staffPages = List.of("/gestion/personnes/" + person.value() + "?lang=fr",
				"/gestion/personnes/" + person.value() + "?lang=en", "/gestion/personnes?lastName=Éloïse&lang=fr");

		MockHttpServletResponse home = visitor.get("/");
		assertThat(home.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(new String(home.getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("Politique de confidentialité");
		List<String> encoded = staffPages.stream().map(path -> text(staff.get(path))).toList();
		List<String> ownView;
		try {
			views.setViewClass(ThymeleafView.class);
			views.clearCache();
			ownView = staffPages.stream().map(path -> text(staff.get(path))).toList();
		}
		finally {
			views.setViewClass(EncodedPageView.class);
			views.clearCache();
		}

		assertThat(encoded.get(0)).contains("Éloïse-Ångström").contains("Numéro de sécurité sociale");
		assertThat(encoded.get(2)).as(encoded.get(2)).contains("Gaëlle");
		assertThat(encoded).isEqualTo(ownView);
	}

	@Test
	void aRunOfCharactersIsEncodedWholeEvenWhenAPairOfSurrogatesIsSplitBetweenTwoWrites() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");
		String text = "Dossier de Zoé 😀 — « fin »";
		int split = text.indexOf("😀") + 1; // between the two halves of the emoji
		char[] characters = text.toCharArray();

		PrintWriter writer = new EncodedPageView.EncodingResponse(response).getWriter();
		writer.write(characters, 0, split);
		writer.write(characters, split, characters.length - split);
		writer.flush();

		assertThat(response.getContentAsByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theResponsesOwnEncodingIsUsed() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/plain;charset=ISO-8859-1");

		PrintWriter writer = new EncodedPageView.EncodingResponse(response).getWriter();
		writer.write("Résumé");
		writer.close();

		assertThat(response.getContentAsByteArray()).isEqualTo("Résumé".getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void aViewThatFailsBeforeWritingLeavesTheResponsesWriterToTheErrorPage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");

		new EncodedPageView.EncodingResponse(response).getWriter();
		response.getWriter().write("Erreur");

		assertThat(response.getContentAsString()).isEqualTo("Erreur");
	}

	private static String text(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		return LocalizedTemplatesTests.comparable(response);
	}

}
