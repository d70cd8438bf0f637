package fr.integrance.notification;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import fr.integrance.platform.EmailAddress;

/**
 * An e-mail to send: one recipient, a subject given as a message key, and a Thymeleaf
 * template rendered with a model in the recipient's locale (French unless said
 * otherwise).
 * <p>
 * The template {@code name} is two files: {@code templates/mail/<name>.html} (HTML mode,
 * usually wrapped in {@code layout.html :: mail(title, content)}) and
 * {@code templates/mail/<name>.txt} (text mode, the plain alternative that text-only
 * clients and some screen readers use). Both take their text from message keys; the model
 * brings only values. The model also gets {@code mutual} (the mutual's name and website)
 * and {@code subject} (the resolved subject).
 * <p>
 * The mail is rendered when it is enqueued, so that a template error shows up in the
 * caller's transaction and a mail waiting in the outbox is not changed by a later
 * template change.
 *
 * @param to the recipient
 * @param subjectKey message key of the subject, e.g.
 * {@code "rights.mail.received.subject"}
 * @param subjectArguments values of the subject's {@code {0}}, {@code {1}}…
 * @param template the template's name under {@code templates/mail/}, e.g.
 * {@code "notice"}
 * @param model the values the template shows; keep them to what the mail needs
 * @param locale the language to render in
 */
public record OutgoingMail(EmailAddress to, String subjectKey, List<Object> subjectArguments, String template,
		Map<String, Object> model, Locale locale) {

	/**
	 * The generic template: a greeting, paragraphs and an optional link. Model:
	 * {@code greetingName} (optional text, "Bonjour Marie,"), {@code paragraphs} (a
	 * {@code List<MailText>}), {@code actionUrl} and {@code actionText} (optional link
	 * and its {@link MailText} label).
	 */
	public static final String NOTICE_TEMPLATE = "notice";

	/** Template names are paths under {@code templates/mail/}, never a way out of it. */
	private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)*");

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subjectKey, "subjectKey");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(locale, "locale");
		if (!TEMPLATE_NAME.matcher(template).matches() || "layout".equals(template)) {
			throw new IllegalArgumentException("not a mail template name: " + template);
		}
		subjectArguments = Collections.unmodifiableList(new ArrayList<>(subjectArguments));
		// a copy that keeps null values out (Map.copyOf refuses them; a template tests
		// absence)
		Map<String, Object> copy = new LinkedHashMap<>();
		model.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, value);
			}
		});
		model = Collections.unmodifiableMap(copy);
	}

	/** A mail in French, without subject arguments. */
	public static OutgoingMail of(EmailAddress to, String subjectKey, String template, Map<String, ?> model) {
		return new OutgoingMail(to, subjectKey, List.of(), template, new LinkedHashMap<>(model), Locale.FRENCH);
	}

	/** A {@link #NOTICE_TEMPLATE notice} in French: a greeting and paragraphs. */
	public static OutgoingMail notice(EmailAddress to, String subjectKey, @Nullable String greetingName,
			MailText... paragraphs) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("greetingName", greetingName);
		model.put("paragraphs", List.of(paragraphs));
		return new OutgoingMail(to, subjectKey, List.of(), NOTICE_TEMPLATE, model, Locale.FRENCH);
	}

	/** The same mail with these subject arguments. */
	public OutgoingMail withSubjectArguments(Object... arguments) {
		return new OutgoingMail(to, subjectKey, Arrays.asList(arguments), template, model, locale);
	}

	/** The same mail in another language (the recipient's preference). */
	public OutgoingMail withLocale(Locale otherLocale) {
		return new OutgoingMail(to, subjectKey, subjectArguments, template, model, otherLocale);
	}

	/** The same mail with one more model value (e.g. the link of a notice). */
	public OutgoingMail with(String name, Object value) {
		Map<String, Object> extended = new LinkedHashMap<>(model);
		extended.put(name, value);
		return new OutgoingMail(to, subjectKey, subjectArguments, template, extended, locale);
	}

	/** Masked recipient, no model: a mail's content never reaches a log. */
	@Override
	public String toString() {
		return "OutgoingMail[to=" + to + ", template=" + template + ", locale=" + locale + "]";
	}
}
