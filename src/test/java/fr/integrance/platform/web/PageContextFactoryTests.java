package fr.integrance.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page renders the same with its variables in the engine's maps as with Thymeleaf's
 * standard web context, which keeps them in the request's attributes.
 */
class PageContextFactoryTests {

	/**
	 * Model variables, a null one, a request attribute outside the model, a model
	 * variable hiding an attribute of the same name, loop and {@code th:with} variables
	 * (and the names they hide, once out of scope), the request's parameters, the
	 * session's and the application's attributes, selections and a link.
	 */
	private static final String PAGE = """
			<p th:text="${name}"></p>
			<p th:text="${missing == null} ? 'none' : 'some'"></p>
			<p th:text="${nothing == null} ? 'null' : 'set'"></p>
			<p th:text="${fromRequest}"></p>
			<p th:text="${shadowed}"></p>
			<ul><li th:each="item, it : ${items}" th:text="|${it.index} ${item} ${name}|"></li></ul>
			<p th:text="${item == null} ? 'gone' : ${item}"></p>
			<div th:with="fromRequest='local', name=${name + '!'}"><span th:text="${fromRequest}"></span><span th:text="${name}"></span></div>
			<p th:text="${fromRequest}"></p><p th:text="${name}"></p>
			<p th:text="${param.q}"></p><p th:text="${param.none == null}"></p>
			<p th:text="${session.inSession}"></p><p th:text="${application.inApplication}"></p>
			<div th:object="${person}"><span th:text="*{first}"></span></div>
			<a th:href="@{/iadherent(ref=${name})}">lien</a>
			""";

	@Test
	void aPageRendersAsWithTheStandardWebContext() {
		String standard = render(new StandardEngineContextFactory(), new MockHttpServletRequest());
		String pageContext = render(new PageContextFactory(), new MockHttpServletRequest());

		assertThat(pageContext).isEqualTo(standard);
		assertThat(pageContext).contains("<p>Camille</p>", "<p>none</p>", "<p>null</p>", "<p>from the request</p>",
				"<p>from the model</p>", "<li>0 a Camille</li>", "<li>1 b Camille</li>", "<p>gone</p>",
				"<span>local</span><span>Camille!</span>", "<p>from the request</p><p>Camille</p>", "<p>x</p>",
				"<p>true</p>", "<p>in the session</p>", "<p>in the application</p>", "<span>Camille</span>",
				"href=\"/iadherent?ref=Camille\"");
	}

	@Test
	void thePageVariablesAreNotWrittenIntoTheRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		render(new PageContextFactory(), request);

		assertThat(request.getAttribute("name")).isNull();
		assertThat(request.getAttribute("shadowed")).isEqualTo("from the request");
		assertThat(request.getAttribute("fromRequest")).isEqualTo("from the request");
	}

	private static String render(IEngineContextFactory factory, MockHttpServletRequest request) {
		MockServletContext servletContext = new MockServletContext();
		servletContext.setAttribute("inApplication", "in the application");
		request.setParameter("q", "x");
		request.setAttribute("fromRequest", "from the request");
		request.setAttribute("shadowed", "from the request");
		request.getSession().setAttribute("inSession", "in the session");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(resolver);
		engine.setEngineContextFactory(factory);
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Camille");
		model.put("nothing", null);
		model.put("shadowed", "from the model");
		model.put("items", List.of("a", "b"));
		model.put("person", new Person("Camille"));
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse()), Locale.FRENCH, model);
		return engine.process(PAGE, context);
	}

	/** A selection target. */
	public record Person(String first) {
	}

}
