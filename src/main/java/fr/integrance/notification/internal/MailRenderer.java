package fr.integrance.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import fr.integrance.notification.OutgoingMail;
import fr.integrance.notification.internal.OutboxMails.RenderedMail;
import fr.integrance.platform.MutualProperties;

/**
 * Renders a mail's subject (from the message bundle) and its two bodies (Thymeleaf). A
 * template engine of its own rather than the web one: mail templates are resolved from
 * {@code templates/mail/} by file name, {@code .html} in HTML mode and {@code .txt} in
 * text mode, and must not become views. Messages come from the application's message
 * source, so the mail bundles are the same {@code i18n/*} files as the pages'. The model
 * gets {@code mutual}, {@code subject} and {@code privacyNoticeUrl} on top of the
 * caller's values (replacing any of the same name).
 */
@Component
class MailRenderer {

	static final String TEMPLATE_ROOT = "templates/mail/";

	/**
	 * The largest body stored: its ciphertext must fit the 1,000,000-character column.
	 */
	static final int MAX_BODY_BYTES = 700_000;

	/** The largest subject stored: its ciphertext must fit the 2,000-character column. */
	static final int MAX_SUBJECT_BYTES = 1_000;

	/** Where the privacy module serves the notice (DESIGN.md §6). */
	private static final String PRIVACY_NOTICE_PATH = "politique-de-confidentialite";

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t\\u0000-\\u001F\\u2028\\u2029]+");

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final MutualProperties mutual;

	MailRenderer(MessageSource messages, MutualProperties mutual,
			@Value("${spring.thymeleaf.cache:true}") boolean cacheTemplates) {
		this.messages = messages;
		this.mutual = mutual;
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1, cacheTemplates));
		this.engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2, cacheTemplates));
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order,
			boolean cacheable) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(TEMPLATE_ROOT);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setCacheable(cacheable);
		resolver.setOrder(order);
		return resolver;
	}

	/**
	 * Subject and bodies of {@code mail} in its locale.
	 * @throws IllegalArgumentException when the subject key or a template file is
	 * missing, or a body is too large
	 */
	RenderedMail render(OutgoingMail mail) {
		String subject;
		try {
			subject = messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(), mail.locale());
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalArgumentException("no message for the mail subject key " + mail.subjectKey(), ex);
		}
		// One line: a line break in an argument must not start a header of its own.
		subject = LINE_BREAKS.matcher(subject).replaceAll(" ").strip();
		if (utf8Length(subject) > MAX_SUBJECT_BYTES) {
			throw new IllegalArgumentException("mail subject larger than " + MAX_SUBJECT_BYTES + " bytes");
		}
		Context context = new Context(mail.locale());
		context.setVariables(mail.model());
		context.setVariable("mutual", mutual);
		context.setVariable("subject", subject);
		context.setVariable("privacyNoticeUrl", privacyNoticeUrl());
		String html = process(mail.template() + ".html", context);
		String text = process(mail.template() + ".txt", context);
		if (utf8Length(html) > MAX_BODY_BYTES || utf8Length(text) > MAX_BODY_BYTES) {
			throw new IllegalArgumentException("mail body larger than " + MAX_BODY_BYTES + " bytes");
		}
		return new RenderedMail(subject, text, html);
	}

	private String process(String template, Context context) {
		// Checked here: Thymeleaf would log a missing template as an error before
		// throwing.
		if (!new ClassPathResource(TEMPLATE_ROOT + template).exists()) {
			throw new IllegalArgumentException("no mail template " + TEMPLATE_ROOT + template);
		}
		try {
			return engine.process(template, context);
		}
		catch (TemplateInputException ex) {
			throw new IllegalArgumentException("mail template " + TEMPLATE_ROOT + template + " failed to render", ex);
		}
	}

	/** The public privacy notice, linked from every mail's footer. */
	private String privacyNoticeUrl() {
		String website = mutual.website() == null ? "" : mutual.website();
		return (website.endsWith("/") ? website : website + "/") + PRIVACY_NOTICE_PATH;
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
