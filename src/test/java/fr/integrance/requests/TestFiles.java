package fr.integrance.requests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Real and hostile files made on the spot, so that no binary fixture has to be committed.
 */
public final class TestFiles {

	private TestFiles() {
	}

	/** A genuine one-page PDF, as a scanner or a browser would produce. */
	public static byte[] pdf() {
		return pdf(false, false);
	}

	/** A PDF that runs JavaScript when opened (an /OpenAction of type /JavaScript). */
	public static byte[] pdfWithJavaScript() {
		return pdf(true, false);
	}

	/**
	 * The same, with its objects packed in a compressed object stream, hiding the names
	 * from a byte search.
	 */
	public static byte[] pdfWithJavaScriptInObjectStream() {
		return pdf(true, true);
	}

	private static byte[] pdf(boolean javascript, boolean compressed) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Attestation de droits");
				content.endText();
			}
			if (javascript) {
				document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('pwned');"));
			}
			if (compressed) {
				document.save(out, CompressParameters.DEFAULT_COMPRESSION);
			}
			else {
				document.save(out, CompressParameters.NO_COMPRESSION);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JavaScript action whose names are written with #xx escapes: /S /J#61vaScript
	 * /J#53 (...).
	 */
	public static byte[] pdfWithEscapedJavaScriptNames() {
		String pdf = new String(pdf(), StandardCharsets.ISO_8859_1);
		// Turn the catalog into one that opens an escaped JavaScript action, keeping
		// offsets valid enough for PDFBox's lenient parser (it rebuilds the
		// cross-reference table if needed).
		String patched = pdf.replaceFirst("/Type /Catalog",
				"/Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>");
		return patched.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An HTML page with a script: what an attacker names {@code attestation.pdf}. */
	public static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

}
