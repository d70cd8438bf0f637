package fr.integrance.rights.internal.fulfilment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * A flowing A4 text document written with PDFBox: headings, paragraphs wrapped to the
 * width, indented lines, new pages as needed. Helvetica (a standard font, WinAnsi
 * encoding: French accents without embedding); a character the encoding lacks is shown as
 * '?', never an error. No JavaScript, no form, no attachment.
 */
final class PdfPages implements AutoCloseable {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float BOTTOM = 50;

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDDocument document = new PDDocument();

	private @Nullable PDPageContentStream content;

	private float y;

	PdfPages(String title, String author, String language) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(safe(title));
		info.setAuthor(safe(author));
		document.getDocumentCatalog().setLanguage(language);
	}

	private PDPageContentStream page() throws IOException {
		if (content == null) {
			newPage();
		}
		return java.util.Objects.requireNonNull(content);
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
		page();
		if (y - height < BOTTOM) {
			newPage();
		}
	}

	PdfPages gap(float points) {
		y -= points;
		return this;
	}

	PdfPages title(String text) throws IOException {
		return lines(text, bold, 16, 0);
	}

	PdfPages heading(String text) throws IOException {
		ensure(40);
		y -= 8;
		return lines(text, bold, 12, 0);
	}

	PdfPages subheading(String text) throws IOException {
		ensure(30);
		y -= 4;
		return lines(text, bold, 10, 0);
	}

	PdfPages paragraph(String text) throws IOException {
		lines(text, regular, 10, 0);
		y -= 4;
		return this;
	}

	PdfPages line(String text) throws IOException {
		return lines(text, regular, 10, 0);
	}

	PdfPages indented(String text) throws IOException {
		return lines(text, regular, 9, 14);
	}

	private PdfPages lines(String text, PDType1Font font, float size, float indent) throws IOException {
		for (String paragraph : safe(text).split("\n", -1)) {
			for (String line : wrap(paragraph, font, size, WIDTH - indent)) {
				ensure(size * 1.4f);
				y -= size * 1.4f;
				PDPageContentStream stream = page();
				stream.beginText();
				stream.setFont(font, size);
				stream.newLineAtOffset(MARGIN + indent, y);
				stream.showText(line);
				stream.endText();
			}
		}
		return this;
	}

	void writeTo(OutputStream out) throws IOException {
		page();
		if (content != null) {
			content.close();
			content = null;
		}
		document.save(out);
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
		}
		document.close();
	}

	private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			// a word wider than the line (an identifier, a digest) is cut where it must
			String rest = word;
			while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
				int cut = rest.length() - 1;
				while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * The text in what WinAnsi can show: other characters become '?', controls spaces.
	 */
	static String safe(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\n') {
				out.append('\n');
			}
			else if (c == '\t' || c == '\r' || Character.isISOControl(c)) {
				out.append(' ');
			}
			else if (c == '\u00A0' || c == '\u202F') {
				out.append(' ');
			}
			else if (c < 0x100 || WIN_ANSI_EXTRA.indexOf(c) >= 0) {
				out.appendCodePoint(c);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	/** The characters above Latin-1 that WinAnsi (cp1252) encodes. */
	private static final String WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

}
