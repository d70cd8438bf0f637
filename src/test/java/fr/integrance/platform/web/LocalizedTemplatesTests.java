package fr.integrance.platform.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.util.FileCopyUtils;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.people.PersonId;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.PeopleFixtures;
import fr.integrance.testsupport.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages rendered with their fixed labels written in per language
 * ({@link LocalizedTemplatesConfiguration}) are the pages Thymeleaf renders resolving
 * every label on every request, in French and in English: public pages, the sign-in form,
 * a member's home and a person's file in the back office.
 */
@IdentityIntegrationTest
class LocalizedTemplatesTests {

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

	@Autowired
	SpringTemplateEngine engine;

	@Autowired
	MessageSource messages;

	@Test
	void thePagesAreTheSameAsWithEveryLabelResolvedOnEveryRequest() {
		PeopleFixtures fixtures = new PeopleFixtures(context);
		PersonId person = fixtures.person("Libellé", "Camille", LocalDate.of(1980, 3, 14));
		fixtures.activeContract(person, LocalDate.of(2024, 1, 1), List.of());
		clock.advance(Duration.ofSeconds(30));
		WebSession visitor = new WebSession(mvc);
		WebSession staff = accounts.signIn(new WebSession(mvc), accounts.account(Role.STAFF));
		WebSession member = accounts.signIn(new WebSession(mvc), accounts.member(person.value()));
		Map<String, Function<String, MockHttpServletResponse>> pages = new LinkedHashMap<>();
		for (String language : List.of("fr", "en")) {
			for (String path : List.of("/", "/offres", "/contact", "/politique-de-confidentialite", "/cookies",
					"/mentions-legales", "/mes-droits", "/connexion")) {
				pages.put(path + "?lang=" + language, visitor::get);
			}
			pages.put("/gestion/personnes/" + person.value() + "?lang=" + language, staff::get);
			pages.put("/gestion/personnes?lang=" + language, staff::get);
			pages.put("/iadherent?lang=" + language, member::get);
		}

		assertThat(views.getTemplateEngine())
			.isInstanceOf(LocalizedTemplatesConfiguration.LocaleKeyedTemplateEngine.class);
		assertThat(engine.getLinkBuilders()).singleElement().isInstanceOf(StaticFilesLinkBuilder.class);
		Map<String, String> written = render(pages);
		ISpringTemplateEngine keyed = views.getTemplateEngine();
		Map<String, String> resolved;
		try {
			views.setTemplateEngine(engine);
			views.clearCache();
			resolved = render(pages);
		}
		finally {
			views.setTemplateEngine(keyed);
			views.clearCache();
		}

		assertThat(written.get("/?lang=fr")).contains("Politique de confidentialité");
		assertThat(written.get("/?lang=en")).contains("Privacy policy").doesNotContain("Politique de confidentialité");
		assertThat(written.get("/iadherent?lang=fr")).contains("Mon contrat");
		for (String page : pages.keySet()) {
			assertThat(written.get(page)).as(page).isEqualTo(resolved.get(page));
		}
	}

	@Test
	void theTemplatesAreParsedWithTheirFixedLabelsWrittenIn() throws IOException {
		ITemplateResolver resolver = engine.getTemplateResolvers().iterator().next();
		assertThat(resolver).isInstanceOf(LocalizedTemplatesConfiguration.InliningTemplateResolver.class);

		assertThat(markup(resolver, "backoffice/people/person", Locale.FRENCH))
			.contains("<dt>Numéro de sécurité sociale</dt>")
			.doesNotContain("th:text=\"#{files.person.nir}\"");
		assertThat(markup(resolver, "backoffice/people/person", Locale.ENGLISH))
			.contains("<dt>Social security number</dt>");
		assertThat(markup(resolver, "backoffice/people/person", null)).contains("th:text=\"#{files.person.nir}\"");
	}

	/**
	 * Nearly every fixed label and link of the application's templates is written in: the
	 * rewriting recognises the way they are written.
	 */
	@Test
	void nearlyEveryFixedLabelAndLinkOfTheTemplatesIsWrittenIn() throws IOException {
		FixedTextInliner inliner = new FixedTextInliner(messages, path -> path);
		Pattern label = Pattern.compile("th:text=\"#\\{[A-Za-z0-9_.\\-]+\\}\"");
		Pattern link = Pattern.compile("th:(href|src)=\"@\\{/[A-Za-z0-9/._\\-]*(#[A-Za-z0-9_\\-]+)?\\}\"");
		long[] labels = new long[2];
		long[] links = new long[2];
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				String markup = Files.readString(file);
				String written = inliner.inline(markup, Locale.FRENCH);
				labels[0] += label.matcher(markup).results().count();
				labels[1] += label.matcher(written).results().count();
				links[0] += link.matcher(markup).results().count();
				links[1] += link.matcher(written).results().count();
			}
		}
		assertThat(labels[0]).isGreaterThan(1000);
		assertThat(labels[1]).as("fixed labels left to Thymeleaf, of %d", labels[0]).isLessThan(labels[0] / 20);
		assertThat(links[0]).isGreaterThan(200);
		assertThat(links[1]).as("fixed links left to Thymeleaf, of %d", links[0]).isLessThan(links[0] / 20);
	}

	private String markup(ITemplateResolver resolver, String template, @Nullable Locale locale) throws IOException {
		TemplateResolution resolution = resolver.resolveTemplate(engine.getConfiguration(), null, template,
				locale == null ? null : Map.of(LocalizedTemplatesConfiguration.LOCALE_ATTRIBUTE, locale));
		assertThat(resolution).isNotNull();
		try (Reader reader = resolution.getTemplateResource().reader()) {
			return FileCopyUtils.copyToString(reader);
		}
	}

	private static Map<String, String> render(Map<String, Function<String, MockHttpServletResponse>> pages) {
		Map<String, String> rendered = new LinkedHashMap<>();
		pages.forEach((path, session) -> {
			MockHttpServletResponse response = session.apply(path);
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			rendered.put(path, comparable(response));
		});
		return rendered;
	}

	/**
	 * The page without what differs on every response (the masked CSRF token, the form's
	 * submission key).
	 */
	private static String comparable(MockHttpServletResponse response) {
		try {
			return response.getContentAsString()
				.replaceAll("(name=\"(_csrf|submission-key)\" value=\")[^\"]*\"", "$1…\"")
				.replaceAll("(name=\"_csrf\" content=\")[^\"]*\"", "$1…\"")
				.replaceAll("_csrf=[^\"&]*", "_csrf=…");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
