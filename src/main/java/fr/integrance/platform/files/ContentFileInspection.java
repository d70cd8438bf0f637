package fr.integrance.platform.files;

import java.util.Map;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;

/**
 * {@link FileInspection} by content. In order, so that the cheap checks come first: the
 * name, the size, the extension, the type Tika detects from the bytes alone (neither the
 * name nor the declared type is given to it as a hint), markers of hidden content, then
 * the structure of the image (header dimensions, nothing after its end) or of the PDF
 * ({@link PdfInspector}).
 * <p>
 * A document kept in a document space ({@link #inspectDocument}) may also be an office
 * document without macros, checked from inside its zip package ({@link OfficeInspector}):
 * macro-enabled extensions and the binary formats before OOXML are refused by their
 * extension before any byte is read.
 * <p>
 * Limits ({@code app.files.*}): 50 megapixels and 16,384 pixels a side (a 48 Mpx phone
 * photo passes; a 50,000 × 50,000 "image" of a few bytes does not); 200 MB decoded per
 * PDF, 500 pages; 200 MB decoded and 10,000 entries per office document, each entry at
 * most 100 times its compressed size past its first mebibyte.
 */
@Component
class ContentFileInspection implements FileInspection {

	/** The accepted extensions and the one media type each must contain. */
	static final Map<String, String> ALLOWED = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png");

	private final Tika tika = new Tika();

	private final long maxBytes;

	private final long maxDocumentBytes;

	private final ImageHeaders images;

	private final PdfInspector pdfs;

	private final OfficeInspector offices;

	/**
	 * @param maxFileSize the limit of a file of the forms (request attachments, intake)
	 * @param maxDocumentSize the limit of a file kept in a document space (its per-file
	 * quota)
	 */
	@Autowired
	ContentFileInspection(@Value("${app.files.max-file-size:5MB}") DataSize maxFileSize,
			@Value("${app.documents.max-file-bytes:20MB}") DataSize maxDocumentSize,
			@Value("${app.files.max-pixels:50000000}") long maxPixels,
			@Value("${app.files.max-side:16384}") int maxSide,
			@Value("${app.files.pdf.max-decoded-size:200MB}") DataSize maxDecoded,
			@Value("${app.files.pdf.max-pages:500}") int maxPages,
			@Value("${app.files.office.max-entries:10000}") int maxOfficeEntries) {
		this.maxBytes = maxFileSize.toBytes();
		this.maxDocumentBytes = maxDocumentSize.toBytes();
		this.images = new ImageHeaders(maxPixels, maxSide);
		this.pdfs = new PdfInspector(maxDecoded.toBytes(), maxPages);
		this.offices = new OfficeInspector(maxDecoded.toBytes(), maxOfficeEntries);
	}

	/** A document limit of 20 MB, for tests. */
	ContentFileInspection(DataSize maxFileSize, long maxPixels, int maxSide, DataSize maxDecoded, int maxPages,
			int maxOfficeEntries) {
		this(maxFileSize, DataSize.ofMegabytes(20), maxPixels, maxSide, maxDecoded, maxPages, maxOfficeEntries);
	}

	/** The default limits, for tests and tools outside Spring. */
	static ContentFileInspection withDefaults() {
		return new ContentFileInspection(DataSize.ofMegabytes(5), 50_000_000, 16384, DataSize.ofMegabytes(200), 500,
				10_000);
	}

	@Override
	public InspectedFile inspect(@Nullable String declaredName, byte[] content) throws FileRejectedException {
		return inspect(declaredName, content, maxBytes);
	}

	private InspectedFile inspect(@Nullable String declaredName, byte[] content, long limit)
			throws FileRejectedException {
		String displayName = FileNames.displayName(declaredName);
		if (content.length == 0) {
			throw new FileRejectedException(FileRejection.EMPTY);
		}
		if (content.length > limit) {
			throw new FileRejectedException(FileRejection.TOO_LARGE);
		}
		String expected = ALLOWED.get(FileNames.extensionOf(displayName));
		if (expected == null) {
			throw new FileRejectedException(FileRejection.TYPE_NOT_ALLOWED);
		}
		String detected = tika.detect(content);
		if (!expected.equals(detected)) {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
		if (HiddenContent.present(content)) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		switch (detected) {
			case "image/png" -> images.checkPng(content);
			case "image/jpeg" -> images.checkJpeg(content);
			default -> pdfs.check(content);
		}
		return new InspectedFile(displayName, detected, content);
	}

	@Override
	public InspectedFile inspectDocument(@Nullable String declaredName, byte[] content) throws FileRejectedException {
		String displayName = FileNames.displayName(declaredName);
		String extension = FileNames.extensionOf(displayName);
		if (ALLOWED.containsKey(extension)) {
			return inspect(declaredName, content, maxDocumentBytes);
		}
		if (content.length == 0) {
			throw new FileRejectedException(FileRejection.EMPTY);
		}
		if (content.length > maxDocumentBytes) {
			throw new FileRejectedException(FileRejection.TOO_LARGE);
		}
		if (OfficeFormat.MACRO_ENABLED_EXTENSIONS.contains(extension)) {
			throw new FileRejectedException(FileRejection.MACROS);
		}
		if (OfficeFormat.LEGACY_EXTENSIONS.contains(extension)) {
			throw new FileRejectedException(FileRejection.LEGACY_OFFICE_FORMAT);
		}
		OfficeFormat format = OfficeFormat.byExtension(extension);
		if (format == null) {
			throw new FileRejectedException(FileRejection.TYPE_NOT_ALLOWED);
		}
		offices.check(format, tika.detect(content), content);
		return new InspectedFile(displayName, format.mediaType(), content);
	}

	@Override
	public long maxFileBytes() {
		return maxBytes;
	}

	@Override
	public long maxDocumentBytes() {
		return maxDocumentBytes;
	}

}
