package fr.integrance.documents.internal.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import fr.integrance.documents.internal.ThumbnailRenderer;

/**
 * Thumbnails are small PNGs of a PDF's first page or of an image, whatever the size the
 * file announces; anything else, or anything broken, gives none and never an exception.
 */
class FirstPageThumbnailRendererTests {

	private final FirstPageThumbnailRenderer renderer = new FirstPageThumbnailRenderer(50_000_000, 16384);

	@Test
	void rendersTheFirstPageOfAPdfAsASmallPng() throws IOException {
		BufferedImage thumbnail = decode(renderer.render("application/pdf", pdf(PDRectangle.A4, 3)));

		assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(ThumbnailRenderer.MAX_EDGE);
		assertThat(thumbnail.getHeight()).isGreaterThan(thumbnail.getWidth());
		assertThat(hasDarkPixel(thumbnail)).as("the page's black rectangle is drawn").isTrue();
	}

	@Test
	void rendersAPdfWithAHugeMediaBoxSmallWithoutRunningOutOfMemory() throws IOException {
		// 14,400 pt = 200 inches a side: at 300 dpi that would be 60,000 × 60,000 pixels
		PDRectangle huge = new PDRectangle(14_400, 14_400);

		BufferedImage thumbnail = decode(renderer.render("application/pdf", pdf(huge, 1)));

		assertThat(thumbnail.getWidth()).isEqualTo(ThumbnailRenderer.MAX_EDGE);
		assertThat(thumbnail.getHeight()).isEqualTo(ThumbnailRenderer.MAX_EDGE);
	}

	@Test
	void rendersAJpegAndAPngAsSmallPngs() throws IOException {
		BufferedImage fromJpeg = decode(renderer.render("image/jpeg", image("jpg", 1200, 800)));
		BufferedImage fromPng = decode(renderer.render("image/png", image("png", 300, 2000)));

		assertThat(fromJpeg.getWidth()).isEqualTo(240);
		assertThat(fromJpeg.getHeight()).isEqualTo(160);
		assertThat(fromPng.getHeight()).isEqualTo(240);
		assertThat(fromPng.getWidth()).isEqualTo(36);
	}

	@Test
	void keepsASmallImageAtItsSize() throws IOException {
		BufferedImage thumbnail = decode(renderer.render("image/png", image("png", 40, 20)));

		assertThat(thumbnail.getWidth()).isEqualTo(40);
		assertThat(thumbnail.getHeight()).isEqualTo(20);
	}

	@Test
	void givesNothingForAnImageOverThePixelLimitWithoutDecodingIt() {
		FirstPageThumbnailRenderer strict = new FirstPageThumbnailRenderer(100_000, 16384);

		assertThat(strict.render("image/png", image("png", 1000, 1000))).isEmpty();
		assertThat(new FirstPageThumbnailRenderer(50_000_000, 500).render("image/jpeg", image("jpg", 600, 10)))
			.isEmpty();
	}

	@Test
	void givesNothingForACorruptPdfAnOfficeFileAnEmptyFileOrAMismatchedType() {
		byte[] pdf = pdf(PDRectangle.A4, 1);
		byte[] corrupt = java.util.Arrays.copyOf(pdf, pdf.length / 3);

		assertThat(renderer.render("application/pdf", corrupt)).isEmpty();
		assertThat(renderer.render("application/pdf", "%PDF-1.7 garbage".getBytes())).isEmpty();
		assertThat(renderer.render("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				new byte[] { 'P', 'K', 3, 4, 0, 0 }))
			.isEmpty();
		assertThat(renderer.render("application/vnd.oasis.opendocument.text", pdf)).isEmpty();
		assertThat(renderer.render("application/pdf", new byte[0])).isEmpty();
		assertThat(renderer.render("image/png", new byte[0])).isEmpty();
		assertThat(renderer.render("image/jpeg", java.util.Arrays.copyOf(image("jpg", 100, 100), 30))).isEmpty();
		assertThat(renderer.render("image/png", pdf)).isEmpty();
	}

	private static BufferedImage decode(Optional<byte[]> png) throws IOException {
		assertThat(png).isPresent();
		byte[] bytes = png.orElseThrow();
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(ThumbnailRenderer.MAX_EDGE);
		return image;
	}

	private static boolean hasDarkPixel(BufferedImage image) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFF) < 80) {
					return true;
				}
			}
		}
		return false;
	}

	/** A PDF of {@code pages} pages, the first with text and a black rectangle. */
	static byte[] pdf(PDRectangle size, int pages) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(size);
				document.addPage(page);
				if (i == 0) {
					try (PDPageContentStream content = new PDPageContentStream(document, page)) {
						content.addRect(size.getWidth() / 4, size.getHeight() / 4, size.getWidth() / 2,
								size.getHeight() / 2);
						content.fill();
						content.beginText();
						content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
						content.newLineAtOffset(20, 20);
						content.showText("Attestation de droits");
						content.endText();
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
