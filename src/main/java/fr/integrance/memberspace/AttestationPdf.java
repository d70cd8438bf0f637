package fr.integrance.memberspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.integrance.memberspace.MemberOverview.AttestationData;
import fr.integrance.platform.MutualProperties;

/**
 * The « attestation d'adhésion » as an A4 PDF: the mutual, the member and their member
 * number, the plan, the dates, each person covered (the NIR masked, never in full) and
 * the date of issue. Helvetica (a standard font, WinAnsi encoding: French accents, no
 * embedding needed); text and lines only, no JavaScript, no form field.
 */
@Component
@RequiredArgsConstructor
class AttestationPdf {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float BOTTOM = 60;

	private static final float GREY = 0.35f;

	/** Column starts of the table of people covered, from the margin. */
	private static final float[] COLUMNS = { 0, 140, 220, 285, 400 };

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final MutualProperties mutual;

	byte[] render(AttestationData data, Locale locale) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(text("memberhome.attestation.title", locale));
			info.setAuthor(mutual.name());
			document.getDocumentCatalog().setLanguage("en".equals(locale.getLanguage()) ? "en" : "fr-FR");
			try (Writer writer = new Writer(document)) {
				writer.line(mutual.name(), writer.bold, 12, GREY);
				writer.gap(14);
				writer.line(text("memberhome.attestation.title", locale), writer.bold, 20, 0);
				writer.gap(12);
				String member = civility(data, locale) + " " + data.member().firstNames() + " "
						+ data.member().lastName();
				writer.paragraph(text("memberhome.attestation.pdf.certifies", locale, mutual.name(), member), 11);
				writer.gap(10);
				writer.field(text("memberhome.attestation.member-number", locale), data.memberNumber());
				writer.field(text("memberhome.attestation.plan", locale), data.planName());
				writer.field(text("memberhome.attestation.start", locale), day(data.startDate()));
				writer.field(text("memberhome.attestation.end", locale),
						data.endDate() == null ? text("memberhome.attestation.no-end", locale) : day(data.endDate()));
				writer.gap(14);
				writer.line(text("memberhome.attestation.covered", locale), writer.bold, 12.5f, 0);
				writer.rule();
				writer.row(writer.bold,
						List.of(text("memberhome.attestation.col.name", locale),
								text("memberhome.attestation.col.relation", locale),
								text("memberhome.attestation.col.birth", locale),
								text("memberhome.attestation.col.nir", locale),
								text("memberhome.attestation.col.from", locale)));
				for (AttestationData.Covered covered : data.covered()) {
					String relation = covered.relationKey() == null
							? text("memberhome.attestation.relation.member", locale)
							: text(covered.relationKey(), locale);
					String from = day(covered.from()) + (covered.until() == null ? "" : " – " + day(covered.until()));
					writer.row(writer.regular, List.of(covered.fullName(), relation, day(covered.birthDate()),
							covered.nirMasked() == null ? "—" : covered.nirMasked(), from));
				}
				writer.gap(18);
				writer.paragraph(text("memberhome.attestation.pdf.issued", locale, day(data.issuedOn())), 11);
				writer.gap(6);
				writer.paragraph(text("memberhome.attestation.pdf.note", locale), 8.5f);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the membership attestation", ex);
		}
	}

	private String civility(AttestationData data, Locale locale) {
		return text(data.member().civility().messageKey(), locale);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** Writes top to bottom, opening a new page when the current one is full. */
	private static final class Writer implements AutoCloseable {

		final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

		private final PDDocument document;

		private @Nullable PDPageContentStream content;

		private float y;

		Writer(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		private PDPageContentStream content() {
			if (content == null) {
				throw new IllegalStateException("No page");
			}
			return content;
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

		void line(String text, PDType1Font font, float size, float grey) throws IOException {
			ensure(size * 1.4f);
			y -= size * 1.4f;
			write(MARGIN, y, text, font, size, grey);
		}

		void paragraph(String text, float size) throws IOException {
			for (String line : wrap(text, regular, size, WIDTH)) {
				line(line, regular, size, 0);
			}
		}

		void field(String label, String value) throws IOException {
			ensure(16);
			y -= 16;
			write(MARGIN, y, label, regular, 10.5f, GREY);
			write(MARGIN + 170, y, value, bold, 10.5f, 0);
		}

		void rule() throws IOException {
			content().setLineWidth(0.8f);
			content().setStrokingColor(0.04f, 0.33f, 0.39f);
			content().moveTo(MARGIN, y - 5);
			content().lineTo(MARGIN + WIDTH, y - 5);
			content().stroke();
			y -= 6;
		}

		/** One row of the table, each cell cut to its column. */
		void row(PDType1Font font, List<String> cells) throws IOException {
			ensure(16);
			y -= 15;
			for (int i = 0; i < cells.size(); i++) {
				float width = (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : WIDTH) - COLUMNS[i] - 6;
				write(MARGIN + COLUMNS[i], y, fit(cells.get(i), font, 9, width), font, 9, 0);
			}
		}

		private void write(float x, float baseline, String text, PDType1Font font, float size, float grey)
				throws IOException {
			PDPageContentStream stream = content();
			stream.beginText();
			stream.setFont(font, size);
			stream.setNonStrokingColor(grey);
			stream.newLineAtOffset(x, baseline);
			stream.showText(safe(text));
			stream.endText();
		}

		private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
			String fitted = safe(text);
			if (font.getStringWidth(fitted) / 1000 * size <= width) {
				return fitted;
			}
			while (!fitted.isEmpty() && font.getStringWidth(fitted + "…") / 1000 * size > width) {
				fitted = fitted.substring(0, fitted.length() - 1);
			}
			return fitted + "…";
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
		 * WinAnsi has no narrow no-break space nor line breaks, nor characters of other
		 * scripts: those become « ? » rather than fail the whole document.
		 */
		private static String safe(String text) {
			String plain = text.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
			StringBuilder safe = new StringBuilder(plain.length());
			plain.codePoints().forEach(c -> safe.append(WinAnsi.encodable(c) ? Character.toString(c) : "?"));
			return safe.toString();
		}

		@Override
		public void close() throws IOException {
			content().close();
		}

	}

	/** Which characters Helvetica's WinAnsi encoding can show. */
	private static final class WinAnsi {

		private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		static boolean encodable(int codePoint) {
			if (codePoint < 0x80) {
				return codePoint >= 0x20;
			}
			try {
				FONT.encode(Character.toString(codePoint));
				return true;
			}
			catch (IOException | IllegalArgumentException e) {
				return false;
			}
		}

	}

}
