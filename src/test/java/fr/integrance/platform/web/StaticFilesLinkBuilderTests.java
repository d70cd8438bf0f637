package fr.integrance.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponseWrapper;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.ExpressionContext;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Links are written as Thymeleaf's standard builder writes them, the response's URL
 * encoding asked for the static files only.
 */
class StaticFilesLinkBuilderTests {

	private static final IEngineConfiguration CONFIGURATION = new SpringTemplateEngine().getConfiguration();

	private final List<String> encoded = new ArrayList<>();

	private final StaticFilesLinkBuilder links = new StaticFilesLinkBuilder("/app", WebConfiguration.STATIC_FOLDERS);

	private final StandardLinkBuilder standard = new StandardLinkBuilder();

	@Test
	void aStaticFileStillGoesThroughTheResponsesUrlEncoding() {
		WebExpressionContext page = page(true);
		assertThat(links.buildLink(page, "/css/app.css", null)).isEqualTo("/app/css/app-hash.css");
		assertThat(links.buildLink(page, "/js/menu.js", null)).isEqualTo("/app/js/menu-hash.js");
		assertThat(links.buildLink(page, "/webjars/htmx.org/htmx.min.js", null))
			.isEqualTo("/app/webjars/htmx.org/htmx.min-hash.js");
		assertThat(encoded).hasSize(3);
	}

	@Test
	void anyOtherLinkIsWrittenWithoutAskingTheResponse() {
		WebExpressionContext page = page(true);
		assertThat(links.buildLink(page, "/gestion/personnes/42", null)).isEqualTo("/app/gestion/personnes/42");
		assertThat(links.buildLink(page, "/cssx/not-static.css", null)).isEqualTo("/app/cssx/not-static.css");
		assertThat(links.buildLink(page, "/css", null)).isEqualTo("/app/css");
		assertThat(encoded).isEmpty();
	}

	/**
	 * Where the response does not change a link (cookie sessions, no static file), both
	 * builders write the same: paths, parameters in the path and as query, fragments,
	 * server-relative and absolute links.
	 */
	@Test
	void outsideTheStaticFilesTheLinksAreThoseOfThymeleafsStandardBuilder() {
		List<Map.Entry<String, Map<String, Object>>> cases = List.of(Map.entry("/gestion/personnes", Map.of()),
				Map.entry("/gestion/personnes/{id}", params("id", "4f0e-é 1")),
				Map.entry("/gestion/personnes", params("q", "Dupont & fils", "page", 2)),
				Map.entry("/gestion/dossiers/{ref}/pieces#liste", params("ref", "D-1", "tri", "date")),
				Map.entry("/", Map.of()), Map.entry("?lang=en", Map.of()), Map.entry("~/autre/chemin", Map.of()),
				Map.entry("https://www.service-public.fr/particuliers", params("a", "b")),
				Map.entry("mailto:dpo@integrance.fr", Map.of()), Map.entry("#contenu", Map.of()));
		for (Map.Entry<String, Map<String, Object>> link : cases) {
			Map<String, Object> ours = new LinkedHashMap<>(link.getValue());
			Map<String, Object> theirs = new LinkedHashMap<>(link.getValue());
			assertThat(links.buildLink(page(false), link.getKey(), ours)).as(link.getKey())
				.isEqualTo(standard.buildLink(page(false), link.getKey(), theirs));
		}
		assertThat(encoded).isEmpty();
	}

	/**
	 * Outside a web request (a mail's template) a context-relative link stays an error.
	 */
	@Test
	void outsideAWebRequestAContextRelativeLinkIsRefusedAsBefore() {
		ExpressionContext mail = new ExpressionContext(CONFIGURATION, Locale.FRENCH);
		assertThatThrownBy(() -> links.buildLink(mail, "/gestion/personnes", null))
			.isInstanceOf(TemplateProcessingException.class);
		assertThat(links.buildLink(mail, "https://www.integrance.fr/", null)).isEqualTo("https://www.integrance.fr/");
	}

	private static Map<String, Object> params(Object... namesAndValues) {
		Map<String, Object> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	/**
	 * A page's context under {@code /app}: with {@code hashing}, the response's URL
	 * encoding gives every {@code .css} or {@code .js} its hashed name and counts the
	 * calls; without, it asks the response but changes nothing, as cookie sessions do.
	 */
	private WebExpressionContext page(boolean hashing) {
		MockServletContext servletContext = new MockServletContext();
		servletContext.setContextPath("/app");
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/app/gestion");
		request.setContextPath("/app");
		HttpServletResponseWrapper response = new HttpServletResponseWrapper(new MockHttpServletResponse()) {
			@Override
			public String encodeURL(String url) {
				if (!hashing) {
					return url;
				}
				encoded.add(url);
				return url.replaceAll("\\.(css|js)$", "-hash.$1");
			}
		};
		return new WebExpressionContext(CONFIGURATION,
				JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response),
				Locale.FRENCH);
	}

}
