package fr.integrance.platform.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap first test of {@link PrefixFilteredHandlerMapping} never changes what a path
 * maps to: every path below finds the same handler (or none) as with Spring's own
 * mapping.
 */
class PrefixFilteredHandlerMappingTests {

	@ParameterizedTest
	@ValueSource(strings = { "/gestion/personnes/42", "/gestion/personnes/42/", "/gestion/personnes/42/nir",
			"/gestion/personnes", "/gestion/personnes/recherche", "/gestion/person%6Ees/42",
			"/gestion/personnes;jsessionid=1/42", "/gestion/personnes/42;v=1", "/iadherent/demandes/R-1",
			"/iadherent/demandes", "/GESTION/personnes/42", "/gestion//personnes/42", "/anything/42",
			"/fichiers/a/b/c.pdf", "/", "/x", "/gestion/personnes/nouvelle", "/gestion/personnes/nouvelle/",
			"/aide/contact", "/aide/", "/aide", "/a/b/1", "/c/2", "/a/c/3", "/gestion/personnes/42/nir/x",
			"/gestion/personnesx/42" })
	void mapsEveryPathAsSpringDoes(String path) throws Exception {
		for (String method : List.of("GET", "POST", "DELETE")) {
			assertThat(handler(filtered, method, path)).as("%s %s", method, path)
				.isEqualTo(handler(plain, method, path));
		}
	}

	@Test
	void findsTheHandlerOfAPathWithAVariable() throws Exception {
		assertThat(handler(filtered, "GET", "/gestion/personnes/42")).isEqualTo("person");
		assertThat(handler(filtered, "POST", "/gestion/personnes/42/nir")).isEqualTo("nir");
		assertThat(handler(filtered, "GET", "/fichiers/a/b/c.pdf")).isEqualTo("files");
		assertThat(handler(filtered, "GET", "/x")).isEqualTo("anything");
		assertThat(handler(filtered, "GET", "/aide/contact")).isEqualTo("help");
		assertThat(handler(filtered, "GET", "/a/b/1")).isEqualTo("twoBeginnings");
		assertThat(handler(filtered, "GET", "/c/2")).isEqualTo("twoBeginnings");
	}

	/**
	 * Where a literal path and a pattern both match, Spring's own lookup chooses (the
	 * literal one), as it does where none matches (a method not allowed).
	 */
	@Test
	void leavesAChoiceBetweenSeveralMappingsToSpring() throws Exception {
		assertThat(handler(filtered, "GET", "/gestion/personnes/nouvelle")).isEqualTo("newPerson");
		assertThat(handler(filtered, "DELETE", "/gestion/personnes/42"))
			.isEqualTo("HttpRequestMethodNotSupportedException");
	}

	/** A path with a variable sets the attributes Spring's lookup sets. */
	@Test
	void setsTheRequestAttributesAsSpringDoes() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/gestion/personnes/42");
		ServletRequestPathUtils.parseAndCache(request);
		filtered.getHandler(request);
		MockHttpServletRequest expected = new MockHttpServletRequest("GET", "/gestion/personnes/42");
		ServletRequestPathUtils.parseAndCache(expected);
		plain.getHandler(expected);
		assertThat(Collections.list(request.getAttributeNames()))
			.containsExactlyInAnyOrderElementsOf(Collections.list(expected.getAttributeNames()));
		assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.isEqualTo(Map.of("personId", "42"));
		assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
			.isEqualTo(expected.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
	}

	/** A mapping registered after the first lookups is found too. */
	@Test
	void findsAMappingRegisteredLater() throws Exception {
		assertThat(handler(filtered, "GET", "/gestion/personnes/42")).isEqualTo("person");
		filtered.registerMapping(info("/gestion/personnes/{personId}/tardive"), new Pages(),
				Pages.class.getDeclaredMethod("late", String.class));
		assertThat(handler(filtered, "GET", "/gestion/personnes/42/tardive")).isEqualTo("late");
		filtered.unregisterMapping(info("/gestion/personnes/{personId}/tardive"));
		assertThat(handler(filtered, "GET", "/gestion/personnes/42/tardive")).isNull();
	}

	@Test
	void theBeginningOfAPathBySegments() {
		assertThat(PrefixFilteredHandlerMapping.segments("/gestion/personnes/42", 1)).isEqualTo("/gestion/");
		assertThat(PrefixFilteredHandlerMapping.segments("/gestion/personnes/42", 2)).isEqualTo("/gestion/personnes/");
		assertThat(PrefixFilteredHandlerMapping.segments("/gestion/personnes", 2)).isNull();
		assertThat(PrefixFilteredHandlerMapping.segments("/x", 1)).isNull();
		assertThat(PrefixFilteredHandlerMapping.segments("/", 1)).isNull();
	}

	/**
	 * The work itself: the mappings that begin with another literal text are never put to
	 * Spring's test, which asks the request for its method once per mapping tried.
	 */
	@Test
	void skipsSpringsTestForMappingsOfAnotherBeginning() throws Exception {
		assertThat(methodQueries(filtered, "/gestion/personnes/42"))
			.isLessThan(methodQueries(plain, "/gestion/personnes/42"));
	}

	/**
	 * The index itself: a path with a variable is put only to the mappings filed under
	 * its beginnings, not to each of the application's (Spring's lookup, and this
	 * mapping's before the index, tried them all).
	 */
	@Test
	void triesOnlyTheMappingsFiledUnderThePathsBeginnings() throws Exception {
		int[] tried = { 0 };
		PrefixFilteredHandlerMapping counting = new PrefixFilteredHandlerMapping() {
			@Override
			protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info,
					HttpServletRequest request) {
				tried[0]++;
				return super.getMatchingMapping(info, request);
			}
		};
		mapping(counting);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/gestion/personnes/42");
		ServletRequestPathUtils.parseAndCache(request);

		assertThat(counting.getHandler(request)).isNotNull();
		// under /gestion/personnes/: person, nir, newPerson; under /gestion/: search;
		// under none: the two mappings without one shared beginning
		assertThat(tried[0]).isEqualTo(6).isLessThan(counting.getHandlerMethods().size());
	}

	private static int methodQueries(RequestMappingHandlerMapping mapping, String path) throws Exception {
		int[] queries = { 0 };
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path) {
			@Override
			public String getMethod() {
				queries[0]++;
				return super.getMethod();
			}
		};
		ServletRequestPathUtils.parseAndCache(request);
		mapping.getHandler(request);
		return queries[0];
	}

	@Test
	void theLiteralBeginningOfEachPattern() {
		assertThat(PrefixFilteredHandlerMapping.literalPrefixes(info("/gestion/personnes/{personId}")))
			.containsExactly("/gestion/personnes/");
		assertThat(PrefixFilteredHandlerMapping.literalPrefixes(info("/gestion/demandes")))
			.containsExactly("/gestion/demandes");
		assertThat(PrefixFilteredHandlerMapping.literalPrefixes(info("/fichiers/**"))).containsExactly("/fichiers/");
		assertThat(PrefixFilteredHandlerMapping.literalPrefixes(info("/{anything}"))).isEmpty();
		assertThat(PrefixFilteredHandlerMapping.literalPrefixes(info("/a", "/{b}"))).isEmpty();
	}

	private static RequestMappingInfo info(String... patterns) {
		return RequestMappingInfo.paths(patterns).options(new RequestMappingInfo.BuilderConfiguration()).build();
	}

	private final RequestMappingHandlerMapping plain = mapping(new RequestMappingHandlerMapping());

	private final RequestMappingHandlerMapping filtered = mapping(new PrefixFilteredHandlerMapping());

	private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
		GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext());
		context.registerBean(Pages.class);
		context.refresh();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

	private static @Nullable String handler(RequestMappingHandlerMapping mapping, String method, String path)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain == null ? null
					: ((HandlerMethod) Objects.requireNonNull(chain.getHandler())).getMethod().getName();
		}
		catch (Exception refused) {
			// a method not allowed or an unsupported media type: the same refusal on both
			return refused.getClass().getSimpleName();
		}
	}

	@Controller
	static class Pages {

		@GetMapping("/gestion/personnes")
		void search() {
		}

		@GetMapping("/gestion/personnes/{personId}")
		void person(@PathVariable String personId) {
		}

		@PostMapping("/gestion/personnes/{personId}/nir")
		void nir(@PathVariable String personId) {
		}

		@GetMapping("/iadherent/demandes/{reference}")
		void request(@PathVariable String reference) {
		}

		@GetMapping("/gestion/personnes/nouvelle")
		void newPerson() {
		}

		@GetMapping("/aide/{page}")
		void help(@PathVariable String page) {
		}

		@GetMapping({ "/a/b/{x}", "/c/{y}" })
		void twoBeginnings() {
		}

		void late(String personId) {
		}

		@GetMapping("/fichiers/**")
		void files() {
		}

		@GetMapping("/{anything}")
		void anything(@PathVariable String anything) {
		}

	}

}
