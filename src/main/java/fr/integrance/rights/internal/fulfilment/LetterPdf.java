package fr.integrance.rights.internal.fulfilment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The answer letter (PDF): the controller's letterhead, the requester, the reference and
 * dates, the right, what was done, the rows erased and kept with their reason and date of
 * end, the reasons of a refusal, the right to complain to the CNIL with its address, and
 * the DPO's contact — all texts from the bundles and the register.
 */
@Component
@RequiredArgsConstructor
class LetterPdf {

	private static final String KEY = "rightsanswers.letter.";

	private final ProcessingRegister register;

	private final RegisterInformation information;

	private final MessageSource messages;

	void write(Letter letter, Locale locale, OutputStream out) throws IOException {
		Register current = register.current();
		String language = "en".equals(locale.getLanguage()) ? "en" : "fr-FR";
		try (PdfPages pdf = new PdfPages(text(locale, "title", letter.reference()), current.controller().name(),
				language)) {
			pdf.subheading(current.controller().name());
			for (String line : current.controller().address()) {
				pdf.line(line);
			}
			pdf.gap(12);
			pdf.line(letter.requesterName());
			pdf.line(text(locale, "date", date(letter.answeredOn(), locale)));
			pdf.line(text(locale, "reference", letter.reference()));
			pdf.gap(12);
			pdf.title(text(locale, letter.refused() ? "title.refused" : "title", letter.reference()));
			pdf.gap(6);
			pdf.paragraph(text(locale, "greeting", letter.requesterName()));
			String right = current.right(letter.rightId())
				.map(r -> Register.text(r.label(), r.labelEn(), locale) + " (" + text(locale, "article", r.article())
						+ ")")
				.orElse(letter.rightId());
			pdf.paragraph(text(locale, "received", date(letter.receivedOn(), locale), right));
			for (Letter.Line line : letter.done()) {
				pdf.paragraph(messages.getMessage(line.key(), line.arguments().toArray(), locale));
			}
			if (!letter.rows().isEmpty()) {
				pdf.heading(text(locale, "rows"));
				for (Letter.Row row : letter.rows()) {
					String outcome = messages.getMessage(row.messageKey(), null, row.messageKey(), locale);
					String until = row.keptUntil() == null ? ""
							: " " + text(locale, "keptUntil", date(row.keptUntil(), locale));
					pdf.indented("• " + module(row.module(), locale) + " — " + row.record() + " : "
							+ Objects.requireNonNullElse(outcome, row.messageKey()) + until);
				}
			}
			String reasons = letter.reasons();
			if (reasons != null && !reasons.isBlank()) {
				pdf.heading(text(locale, letter.refused() ? "reasons.refusal" : "reasons"));
				pdf.paragraph(reasons);
			}
			if (letter.archiveExpiresOn() != null) {
				pdf.paragraph(text(locale, "archive", date(letter.archiveExpiresOn(), locale)));
			}
			pdf.heading(text(locale, "complaint.heading"));
			pdf.paragraph(information.complaint(locale));
			pdf.gap(6);
			pdf.paragraph(text(locale, "dpo", current.dpo().email(), String.join(", ", current.dpo().address())));
			pdf.gap(8);
			pdf.paragraph(text(locale, "signature", current.controller().name()));
			pdf.writeTo(out);
		}
	}

	private String module(String module, Locale locale) {
		return Objects.requireNonNullElse(
				messages.getMessage("rightsanswers.archive.module." + module, null, module, locale), module);
	}

	static String date(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(KEY + key, arguments, locale);
	}

}
