package fr.integrance.website;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.integrance.platform.MutualProperties;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The printable "demande d’exercice de droit": an A4 form to fill in by hand (identity,
 * the rights ticked from the register's list, the processing concerned, the request, date
 * and signature) and where to send it, the DPO's postal and e-mail addresses read from
 * the register. Helvetica (a standard font, WinAnsi encoding: French accents, no
 * embedding needed); no JavaScript, no form fields, nothing but text and lines.
 */
@Component
@RequiredArgsConstructor
class RightsRequestFormPdf {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float BOTTOM = 50;

	private static final float GREY = 0.35f;

	private final ProcessingRegister register;

	private final MessageSource messages;

	private final MutualProperties mutual;

	byte[] render(Locale locale) {
		Register current = register.current();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(text("rights.pdf.title", locale));
			info.setAuthor(current.controller().name());
			info.setSubject(text("rights.pdf.subtitle", locale));
			document.getDocumentCatalog().setLanguage("en".equals(locale.getLanguage()) ? "en" : "fr-FR");
			try (Writer writer = new Writer(document)) {
				writer.text(current.controller().name(), writer.bold, 11, GREY);
				writer.gap(6);
				writer.text(text("rights.pdf.title", locale), writer.bold, 20, 0);
				writer.gap(3);
				writer.text(text("rights.pdf.subtitle", locale), writer.regular, 10, GREY);
				writer.gap(8);
				writer.paragraph(text("rights.pdf.intro", locale, mutual.website() + "mes-droits"), writer.regular, 10);

				writer.heading(text("rights.pdf.identity", locale));
				writer.checkboxes(text("rights.pdf.civility", locale),
						List.of(text("intake.civility.MME", locale), text("intake.civility.M", locale)));
				writer.fillIn(text("rights.pdf.last-name", locale));
				writer.fillIn(text("rights.pdf.first-name", locale));
				writer.fillIn(text("rights.pdf.birth-name", locale));
				writer.fillIn(text("rights.pdf.address", locale));
				writer.fillIn("");
				writer.fillIn(text("rights.pdf.email", locale));
				writer.fillIn(text("rights.pdf.phone", locale));
				writer.fillIn(text("rights.pdf.member-number", locale));

				writer.heading(text("rights.pdf.rights", locale));
				for (Register.Right right : current.rights()) {
					writer.checkbox(
							text("rights.pdf.right", locale, Register.text(right.label(), right.labelEn(), locale),
									right.article()),
							Register.text(right.description(), right.descriptionEn(), locale));
				}

				writer.heading(text("rights.pdf.scope", locale));
				writer.checkbox(text("rights.pdf.scope.all", locale), null);
				writer.checkbox(text("rights.pdf.scope.one", locale), null);
				writer.fillIn("");

				writer.heading(text("rights.pdf.request", locale));
				writer.paragraph(text("rights.pdf.request.hint", locale), writer.regular, 9);
				for (int i = 0; i < 5; i++) {
					writer.fillIn("");
				}

				writer.heading(text("rights.pdf.signature", locale));
				writer.fillIn(text("rights.pdf.place", locale));
				writer.fillIn(text("rights.pdf.date", locale));
				writer.signatureBox(text("rights.pdf.sign", locale));

				Register.Dpo dpo = current.dpo();
				writer.heading(text("rights.pdf.send", locale));
				writer.paragraph(text("rights.pdf.send.post", locale), writer.regular, 10);
				for (String line : dpo.address()) {
					writer.text(line, writer.bold, 10, 0);
				}
				writer.gap(4);
				writer.paragraph(text("rights.pdf.send.email", locale, dpo.email()), writer.regular, 10);
				writer.gap(6);
				Register.Authority authority = current.authority();
				writer.paragraph(text("rights.pdf.answer", locale, authority.fullName(), authority.name(),
						authority.complaintSite()), writer.regular, 9);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the rights request form", ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** Writes top to bottom, opening a new page when the current one is full. */
	private static final class Writer implements AutoCloseable {

		final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

		private final PDDocument document;

		private PDPageContentStream content;

		private float y;

		Writer(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		private void newPage() throws IOException {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private void ensure(float height) throws IOException {
			if (y - height < BOTTOM) {
				newPage();
			}
		}

		void gap(float points) {
			y -= points;
		}

		void text(String line, PDType1Font font, float size, float grey) throws IOException {
			ensure(size * 1.35f);
			y -= size * 1.35f;
			write(MARGIN, y, line, font, size, grey);
		}

		void paragraph(String text, PDType1Font font, float size) throws IOException {
			for (String line : wrap(text, font, size, WIDTH)) {
				text(line, font, size, 0);
			}
		}

		void heading(String title) throws IOException {
			ensure(40);
			y -= 14;
			text(title, bold, 12.5f, 0);
			content.setLineWidth(0.8f);
			content.setStrokingColor(0.04f, 0.33f, 0.39f);
			content.moveTo(MARGIN, y - 4);
			content.lineTo(MARGIN + WIDTH, y - 4);
			content.stroke();
			y -= 6;
		}

		/** A label followed by a dotted line to write on. */
		void fillIn(String label) throws IOException {
			ensure(22);
			y -= 20;
			float x = MARGIN;
			if (!label.isEmpty()) {
				write(x, y, label, regular, 10, 0);
				x += regular.getStringWidth(safe(label)) / 1000 * 10 + 6;
			}
			content.setLineWidth(0.5f);
			content.setStrokingColor(GREY);
			content.moveTo(x, y - 2);
			content.lineTo(MARGIN + WIDTH, y - 2);
			content.stroke();
		}

		void checkboxes(String label, List<String> options) throws IOException {
			ensure(22);
			y -= 20;
			write(MARGIN, y, label, regular, 10, 0);
			float x = MARGIN + regular.getStringWidth(safe(label)) / 1000 * 10 + 12;
			for (String option : options) {
				box(x, y);
				write(x + 15, y, option, regular, 10, 0);
				x += 15 + regular.getStringWidth(safe(option)) / 1000 * 10 + 20;
			}
		}

		/** A box to tick, its label, and an optional explanation in smaller grey type. */
		void checkbox(String label, @Nullable String explanation) throws IOException {
			List<String> details = explanation == null ? List.of() : wrap(explanation, regular, 8.5f, WIDTH - 15);
			ensure(18 + details.size() * 11);
			y -= 17;
			box(MARGIN, y);
			write(MARGIN + 15, y, label, bold, 10, 0);
			for (String line : details) {
				y -= 11;
				write(MARGIN + 15, y, line, regular, 8.5f, GREY);
			}
		}

		void signatureBox(String label) throws IOException {
			ensure(90);
			y -= 20;
			write(MARGIN, y, label, regular, 10, 0);
			content.setLineWidth(0.5f);
			content.setStrokingColor(GREY);
			content.addRect(MARGIN + 70, y - 60, 220, 70);
			content.stroke();
			y -= 62;
		}

		private void box(float x, float baseline) throws IOException {
			content.setLineWidth(0.8f);
			content.setStrokingColor(0f);
			content.addRect(x, baseline - 1, 9, 9);
			content.stroke();
		}

		private void write(float x, float baseline, String text, PDType1Font font, float size, float grey)
				throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.setNonStrokingColor(grey);
			content.newLineAtOffset(x, baseline);
			content.showText(safe(text));
			content.endText();
		}

		private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : safe(text).split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		/**
		 * WinAnsi has no narrow no-break space nor line breaks; everything else French is
		 * there.
		 */
		private static String safe(String text) {
			return text.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
		}

		@Override
		public void close() throws IOException {
			content.close();
		}

	}

}
