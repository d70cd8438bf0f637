package fr.integrance.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FixedTextInlinerTests {

	private final FixedTextInliner inliner;

	FixedTextInlinerTests() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("label", Locale.FRENCH, "Numéro d'adhérent");
		messages.addMessage("label", Locale.ENGLISH, "Member number");
		messages.addMessage("markup", Locale.FRENCH, "<b>gras</b> & \"guillemets\"");
		messages.addMessage("inlined", Locale.FRENCH, "Bonjour [[${name}]]");
		messages.addMessage("placeholder", Locale.FRENCH, "Bonjour {0}");
		inliner = new FixedTextInliner(messages,
				path -> path.startsWith("/css/") ? path.replace(".css", "-0a1b.css") : path);
	}

	private String fr(String html) {
		return inliner.inline(html, Locale.FRENCH);
	}

	@Test
	void writesAFixedLabelIntoAnEmptyElementEscapedAsThymeleafEscapesIt() {
		assertThat(fr("<dt class=\"x\" th:text=\"#{label}\"></dt>"))
			.isEqualTo("<dt class=\"x\">Numéro d&#39;adhérent</dt>");
		assertThat(fr("<p th:text=\"#{markup}\"></p>"))
			.isEqualTo("<p>&lt;b&gt;gras&lt;/b&gt; &amp; &quot;guillemets&quot;</p>");
		assertThat(inliner.inline("<dt th:text=\"#{label}\"></dt>", Locale.ENGLISH))
			.isEqualTo("<dt>Member number</dt>");
	}

	@Test
	void keepsTheElementsOtherAttributesAndThymeleafsProcessing() {
		assertThat(fr("<li th:if=\"${a > b}\" class=\"c\" th:text=\"#{label}\" th:classappend=\"${x}\"></li>"))
			.isEqualTo("<li th:if=\"${a > b}\" class=\"c\" th:classappend=\"${x}\">Numéro d&#39;adhérent</li>");
		assertThat(fr("<th:block th:text=\"#{label}\"></th:block>"))
			.isEqualTo("<th:block>Numéro d&#39;adhérent</th:block>");
	}

	@Test
	void writesFixedTextAttributes() {
		assertThat(fr("<nav th:aria-label=\"#{label}\"><a th:href=\"@{/}\" th:text=\"${x}\"></a></nav>"))
			.isEqualTo("<nav aria-label=\"Numéro d&#39;adhérent\"><a href=\"/\" th:text=\"${x}\"></a></nav>");
		assertThat(fr("<td th:data-label=\"#{label}\" th:text=\"#{label}\"></td>"))
			.isEqualTo("<td data-label=\"Numéro d&#39;adhérent\">Numéro d&#39;adhérent</td>");
		assertThat(fr("<img th:alt=\"#{label}\" src=\"a.png\"/>"))
			.isEqualTo("<img alt=\"Numéro d&#39;adhérent\" src=\"a.png\"/>");
	}

	@Test
	void writesFixedLinksAsTheLinkBuilderAndTheStaticFilesEncodingWouldWriteThem() {
		assertThat(fr("<link rel=\"stylesheet\" th:href=\"@{/css/app.css}\">"))
			.isEqualTo("<link rel=\"stylesheet\" href=\"/css/app-0a1b.css\">");
		assertThat(fr("<a th:href=\"@{/politique-de-confidentialite#contact}\" th:text=\"#{label}\"></a>"))
			.isEqualTo("<a href=\"/politique-de-confidentialite#contact\">Numéro d&#39;adhérent</a>");
		assertThat(fr("<script th:src=\"@{/js/consent.js}\" defer></script>"))
			.isEqualTo("<script src=\"/js/consent.js\" defer></script>");
		String[] untouched = { "<a th:href=\"@{/gestion/personnes/{id}(id=${p.id})}\"></a>", // variables
				"<a th:href=\"@{''(lang='fr')}\"></a>", "<a th:href=\"@{${next}}\"></a>",
				"<a th:href=\"@{/recherche?q=x}\"></a>", // a query
				"<a href=\"#\" th:href=\"@{/a}\"></a>", // both forms of the attribute
				"<form th:action=\"@{/deconnexion}\" method=\"post\"></form>" }; // the
																					// form's
																					// hidden
																					// fields
		for (String html : untouched) {
			assertThat(fr(html)).as(html).isEqualTo(html);
		}
	}

	@Test
	void leavesEverythingItIsNotSureOfToThymeleaf() {
		String[] untouched = { "<p th:text=\"#{label}\">maquette</p>", // a body Thymeleaf
																		// replaces
				"<p th:text=\"#{label(${n})}\"></p>", // arguments
				"<p th:text=\"#{${key}}\"></p>", // a key computed per request
				"<p th:text=\"${a} ? #{label} : #{markup}\"></p>", // an expression
				"<p th:text=\"#{unknown}\"></p>", // Thymeleaf shows ??unknown_fr??
				"<p th:text=\"#{inlined}\"></p>", // Thymeleaf's inlining marks in the
													// text
				"<p th:utext=\"${x}\" th:text=\"#{label}\"></p>",
				"<p th:replace=\"~{a :: b}\" th:text=\"#{label}\"></p>", "<p th:text='#{label}'></p>", // single
																										// quotes:
																										// left
																										// as
																										// they
																										// are
				"<nav aria-label=\"x\" th:aria-label=\"#{label}\"></nav>", // both forms
																			// of the
																			// attribute
				"<a th:href=\"#{label}\"></a>", // not a text attribute
				"<p th:text=\"#{label}\"/>", "<p>plain</p>" };
		for (String html : untouched) {
			assertThat(fr(html)).as(html).isEqualTo(html);
		}
		assertThat(fr("<p th:text=\"#{placeholder}\"></p>")).isEqualTo("<p>Bonjour {0}</p>");
	}

	@Test
	void rewritesAWholeTemplateAndKeepsWhatLiesBetweenTheTags() {
		String template = """
				<!DOCTYPE html>
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout/base :: layout(~{::title}, ~{::content})}">
				<head><title th:text="#{label}"></title></head>
				<body><th:block th:fragment="content">
				<!-- a comment <b> -->
				<h1 th:text="${title}"></h1>
				<dl><dt th:text="#{label}"></dt><dd th:text="${value}"></dd></dl>
				</th:block></body>
				</html>
				""";
		assertThat(fr(template))
			.isEqualTo(template.replace("<title th:text=\"#{label}\"></title>", "<title>Numéro d&#39;adhérent</title>")
				.replace("<dt th:text=\"#{label}\"></dt>", "<dt>Numéro d&#39;adhérent</dt>"));
	}

}
