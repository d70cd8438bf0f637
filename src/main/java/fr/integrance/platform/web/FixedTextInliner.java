package fr.integrance.platform.web;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.unbescape.html.HtmlEscape;

import org.jspecify.annotations.Nullable;

/**
 * Writes a template's fixed labels and fixed links into its markup, in one language,
 * before Thymeleaf parses it: {@code
 * <dt th:text="#{files.person.nir}"></dt>} becomes {@code
 *
<dt>Numéro de sécurité sociale</dt>}, {@code th:aria-label="#{key}"} becomes
 * {@code aria-label="…"} and {@code th:href="@{/css/app.css}"} becomes
 * {@code href="/css/app-<hash>.css"}.
 * <p>
 * A label with no argument, or a link with no variable, is the same text on every page a
 * language shows: written in once per template and language, it no longer costs a
 * processor, a message lookup or a link building (through every response wrapper's
 * {@code encodeURL}) and an escaping on every request. Fixed labels and links were most
 * of a back-office page's Thymeleaf attributes, and Thymeleaf a third to a half of its
 * CPU (issue 19). The text is escaped exactly as Thymeleaf escapes it
 * ({@link HtmlEscape#escapeHtml4Xml(String)}) and a link is what the link builder and the
 * static files' URL encoding give, so the page is the same, byte for byte.
 * <p>
 * Only the sure cases are rewritten; anything else is left to Thymeleaf as before:
 * <ul>
 * <li>{@code th:text} whose value is exactly {@code #{key}}, on an element whose body is
 * empty in the template ({@code <tag …></tag>}) and that has no attribute deciding its
 * body otherwise ({@code th:utext}, {@code th:replace}, {@code th:insert},
 * {@code th:remove}, {@code th:inline}…);</li>
 * <li>{@code th:<attribute>} whose value is exactly {@code #{key}} for the text
 * attributes ({@code aria-*}, {@code data-*}, {@code title}, {@code alt},
 * {@code placeholder}), and {@code th:href} or {@code th:src} whose value is exactly
 * {@code @{/path}} (letters, digits, {@code / . _ -}, an optional {@code #anchor}), when
 * the element does not also carry the plain attribute ({@code th:action} is left: a form
 * gets its hidden fields from it);</li>
 * <li>a key the messages do not define, or a text that holds Thymeleaf's inlining marks
 * ({@code [[}, {@code [(}), stays as it was.</li>
 * </ul>
 */
final class FixedTextInliner {

	/**
	 * A start tag, attribute values quoted or not (a quoted value may hold {@code >}).
	 */
	private static final Pattern START_TAG = Pattern.compile(
			"<([A-Za-z][A-Za-z0-9:-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>");

	private static final Pattern TEXT_MESSAGE = Pattern.compile("\\s+th:text=\"#\\{([A-Za-z0-9_.\\-]+)\\}\"");

	private static final Pattern ATTRIBUTE_MESSAGE = Pattern
		.compile("(\\s+)th:(aria-[a-z]+|data-[a-z][a-z0-9-]*|title|alt|placeholder)=\"#\\{([A-Za-z0-9_.\\-]+)\\}\"");

	private static final Pattern ATTRIBUTE_LINK = Pattern
		.compile("(\\s+)th:(href|src)=\"@\\{(/[A-Za-z0-9/._\\-]*(?:#[A-Za-z0-9_\\-]+)?)\\}\"");

	/** Attributes that decide an element's body in another way than {@code th:text}. */
	private static final Pattern BODY_DECIDED_ELSEWHERE = Pattern
		.compile("\\sth:(utext|replace|insert|include|substituteby|remove|inline)\\s*=");

	private static final Set<String> INLINING_MARKS = Set.of("[[", "[(");

	private final MessageSource messages;

	private final UnaryOperator<String> links;

	/**
	 * @param links the address a page shows for a context-relative path (the context
	 * path, and a static file's content-hashed name)
	 */
	FixedTextInliner(MessageSource messages, UnaryOperator<String> links) {
		this.messages = messages;
		this.links = links;
	}

	/**
	 * {@code html} with its fixed labels and links written in {@code locale}'s language.
	 */
	String inline(String html, Locale locale) {
		if (html.indexOf("#{") < 0 && html.indexOf("@{") < 0) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length());
		Matcher tag = START_TAG.matcher(html);
		int copied = 0;
		while (tag.find()) {
			String attributes = tag.group(2);
			if (attributes.indexOf("#{") < 0 && attributes.indexOf("@{") < 0) {
				continue;
			}
			String name = tag.group(1);
			boolean selfClosing = !tag.group(3).isEmpty();
			String closing = "</" + name + ">";
			String rewritten = attributes(attributes, locale);
			@Nullable String body = null;
			if (!selfClosing && html.startsWith(closing, tag.end())
					&& !BODY_DECIDED_ELSEWHERE.matcher(rewritten).find()) {
				Matcher text = TEXT_MESSAGE.matcher(rewritten);
				if (text.find()) {
					String label = message(text.group(1), locale);
					if (label != null) {
						body = HtmlEscape.escapeHtml4Xml(label);
						rewritten = rewritten.substring(0, text.start()) + rewritten.substring(text.end());
					}
				}
			}
			if (rewritten.equals(attributes)) {
				continue;
			}
			out.append(html, copied, tag.start(2)).append(rewritten).append(html, tag.end(2), tag.end());
			copied = tag.end();
			if (body != null) {
				out.append(body);
			}
		}
		if (copied == 0) {
			return html;
		}
		return out.append(html, copied, html.length()).toString();
	}

	private String attributes(String attributes, Locale locale) {
		String withLabels = replace(attributes, ATTRIBUTE_MESSAGE, key -> {
			String label = message(key, locale);
			return label == null ? null : HtmlEscape.escapeHtml4Xml(label);
		});
		return replace(withLabels, ATTRIBUTE_LINK, links);
	}

	/**
	 * {@code attributes} with each {@code th:name="…"} that {@code pattern} finds
	 * (groups: the space before, the name, the value's content) made the plain attribute
	 * {@code name="value"}, where {@code value} gives one and the element has no plain
	 * {@code name} already.
	 */
	private static String replace(String attributes, Pattern pattern, UnaryOperator<@Nullable String> value) {
		Matcher attribute = pattern.matcher(attributes);
		StringBuilder out = null;
		int copied = 0;
		while (attribute.find()) {
			String name = attribute.group(2);
			if (Pattern.compile("\\s" + Pattern.quote(name) + "(\\s|=|$)").matcher(attributes).find()) {
				continue; // the plain attribute is there too: Thymeleaf decides which one
							// wins
			}
			String written = value.apply(attribute.group(3));
			if (written == null) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(attributes.length());
			}
			out.append(attributes, copied, attribute.start())
				.append(attribute.group(1))
				.append(name)
				.append("=\"")
				.append(written)
				.append('"');
			copied = attribute.end();
		}
		return out == null ? attributes : out.append(attributes, copied, attributes.length()).toString();
	}

	private @Nullable String message(String key, Locale locale) {
		String label;
		try {
			label = messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return null;
		}
		for (String mark : INLINING_MARKS) {
			if (label.contains(mark)) {
				return null;
			}
		}
		return label;
	}

}
