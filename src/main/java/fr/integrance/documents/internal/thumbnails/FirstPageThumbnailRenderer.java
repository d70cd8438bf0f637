package fr.integrance.documents.internal.thumbnails;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.integrance.documents.internal.ThumbnailRenderer;

/**
 * {@link ThumbnailRenderer} with PDFBox and ImageIO, in bounded memory whatever the file
 * announces:
 * <ul>
 * <li>a PDF is loaded with a memory cache of {@value #PDF_MEMORY_CACHE} bytes that spills
 * to a temporary file beyond, and its first page is rendered at the scale that brings its
 * crop box to {@value ThumbnailRenderer#MAX_EDGE} pixels on the longer edge, computed
 * before rendering: a 14,400 × 14,400 pt page (200 inches a side) gives a 240 × 240
 * image, never a giant one; embedded images may be subsampled;</li>
 * <li>an image's dimensions are read from its header first: past the platform's pixel
 * limit ({@code app.files.max-pixels}, {@code app.files.max-side}) nothing is decoded,
 * and a large one is decoded subsampled (every n-th pixel, rows streamed), so that at
 * most about twice the thumbnail's size is ever held;</li>
 * <li>the result is scaled smoothly to at most {@value ThumbnailRenderer#MAX_EDGE} pixels
 * and written as PNG.</li>
 * </ul>
 * Office documents get no thumbnail. Any failure gives none: it is logged at debug level
 * with the type only, never the file's content nor the exception's message (which may
 * quote it).
 */
@Component
class FirstPageThumbnailRenderer implements ThumbnailRenderer {

	private static final Logger log = LoggerFactory.getLogger(FirstPageThumbnailRenderer.class);

	/** Bytes of a PDF's streams kept in memory while rendering; beyond, a temp file. */
	static final long PDF_MEMORY_CACHE = 4L * 1024 * 1024;

	private static final Set<String> IMAGE_FORMATS = Set.of("jpeg", "jpg", "png");

	private final long maxPixels;

	private final int maxSide;

	FirstPageThumbnailRenderer(@Value("${app.files.max-pixels:50000000}") long maxPixels,
			@Value("${app.files.max-side:16384}") int maxSide) {
		this.maxPixels = maxPixels;
		this.maxSide = maxSide;
	}

	@Override
	public Optional<byte[]> render(String mediaType, byte[] content) {
		if (content.length == 0) {
			return Optional.empty();
		}
		try {
			@Nullable BufferedImage image = switch (mediaType) {
				case "application/pdf" -> firstPage(content);
				case "image/jpeg", "image/png" -> image(content);
				default -> null;
			};
			return image == null ? Optional.empty() : Optional.of(png(fit(image)));
		}
		catch (Exception | StackOverflowError ex) {
			log.debug("No thumbnail for a file of type {}: {}", mediaType, ex.getClass().getName());
			return Optional.empty();
		}
	}

	private static BufferedImage firstPage(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMixed(PDF_MEMORY_CACHE).streamCache)) {
			if (document.isEncrypted() || document.getNumberOfPages() == 0) {
				throw new IOException("No page to render");
			}
			PDPage page = document.getPage(0);
			PDRectangle box = page.getCropBox();
			float longer = Math.max(box.getWidth(), box.getHeight());
			float shorter = Math.min(box.getWidth(), box.getHeight());
			if (!(shorter > 0) || !Float.isFinite(longer)) {
				throw new IOException("No usable page box");
			}
			PDFRenderer renderer = new PDFRenderer(document);
			renderer.setSubsamplingAllowed(true);
			// the scale is chosen from the box, so the image is small whatever the box
			float scale = MAX_EDGE / longer;
			return renderer.renderImage(0, scale, ImageType.RGB);
		}
	}

	private BufferedImage image(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			if (input == null) {
				throw new IOException("No image stream");
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new IOException("No image reader");
			}
			ImageReader reader = readers.next();
			try {
				if (!IMAGE_FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
					throw new IOException("Not a JPEG nor a PNG");
				}
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > maxSide || height > maxSide || width * height > maxPixels) {
					throw new IOException("Image over the pixel limit");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_EDGE));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new IOException("Nothing decoded");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** Scaled to at most {@link #MAX_EDGE} on the longer edge, on white, in RGB. */
	static BufferedImage fit(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		double ratio = Math.min(1.0, (double) MAX_EDGE / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * ratio));
		int targetHeight = Math.max(1, (int) Math.round(height * ratio));
		BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, targetWidth, targetHeight);
			graphics.drawImage(image, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) {
			throw new IOException("No PNG writer");
		}
		return out.toByteArray();
	}

}
