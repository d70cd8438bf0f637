package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.integrance.requests.FileRejectedException;
import fr.integrance.requests.FileRejection;
import fr.integrance.requests.TestFiles;

import fr.integrance.requests.internal.FileInspector.InspectedFile;

/**
 * Uploaded files are typed from their bytes, refused when hostile, and named only for
 * display.
 */
class FileInspectorTests {

	private final FileInspector inspector = new FileInspector(5 * 1024 * 1024);

	@Test
	void acceptsGenuinePdfJpegAndPng() throws FileRejectedException {
		assertThat(inspector.inspect("attestation.pdf", TestFiles.pdf()).mediaType()).isEqualTo("application/pdf");
		assertThat(inspector.inspect("carte.JPG", TestFiles.jpeg()).mediaType()).isEqualTo("image/jpeg");
		assertThat(inspector.inspect("carte.jpeg", TestFiles.jpeg()).mediaType()).isEqualTo("image/jpeg");
		assertThat(inspector.inspect("scan.png", TestFiles.png()).mediaType()).isEqualTo("image/png");
	}

	@Test
	void rejectsHtmlPageNamedPdf() {
		assertRejected("attestation.pdf", TestFiles.html(), FileRejection.CONTENT_MISMATCH);
	}

	@Test
	void rejectsPngNamedPdfAndPdfNamedPng() {
		assertRejected("attestation.pdf", TestFiles.png(), FileRejection.CONTENT_MISMATCH);
		assertRejected("scan.png", TestFiles.pdf(), FileRejection.CONTENT_MISMATCH);
	}

	@Test
	void rejectsPdfWithJavaScriptOpenAction() {
		assertRejected("attestation.pdf", TestFiles.pdfWithJavaScript(), FileRejection.ACTIVE_CONTENT);
	}

	@Test
	void rejectsPdfWithJavaScriptHiddenInCompressedObjectStream() {
		byte[] pdf = TestFiles.pdfWithJavaScriptInObjectStream();
		// The proof that a byte search alone would miss it: the names are compressed
		// away.
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript").doesNotContain("/JS ");
		assertRejected("attestation.pdf", pdf, FileRejection.ACTIVE_CONTENT);
	}

	@Test
	void rejectsPdfWithHexEscapedJavaScriptNames() {
		byte[] pdf = TestFiles.pdfWithEscapedJavaScriptNames();
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
		assertRejected("attestation.pdf", pdf, FileRejection.ACTIVE_CONTENT);
	}

	@Test
	void rejectsExtensionsOutsidePdfJpegPng() {
		assertRejected("facture.docm", TestFiles.pdf(), FileRejection.TYPE_NOT_ALLOWED);
		assertRejected("page.html", TestFiles.html(), FileRejection.TYPE_NOT_ALLOWED);
		assertRejected("sans-extension", TestFiles.pdf(), FileRejection.TYPE_NOT_ALLOWED);
	}

	@Test
	void rejectsEmptyAndOversizedFiles() {
		assertRejected("vide.pdf", new byte[0], FileRejection.EMPTY);
		FileInspector small = new FileInspector(100);
		assertThatThrownBy(() -> small.inspect("gros.pdf", TestFiles.pdf())).isInstanceOf(FileRejectedException.class)
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_LARGE);
	}

	@Test
	void rejectsPdfThatCannotBeParsed() {
		byte[] truncated = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
		assertRejected("abime.pdf", truncated, FileRejection.UNREADABLE);
	}

	@Test
	void keepsOnlyTheLastSegmentOfAPathTraversalName() throws FileRejectedException {
		InspectedFile file = inspector.inspect("../../etc/passwd.pdf", TestFiles.pdf());
		assertThat(file.displayName()).isEqualTo("passwd.pdf");
		assertThat(FileInspector.displayName("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
		assertThat(FileInspector.displayName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileInspector.displayName("..")).isEqualTo("document");
		assertThat(FileInspector.displayName(".htaccess.png")).isEqualTo("htaccess.png");
		assertThat(FileInspector.displayName("a\u0000b<script>.pdf")).isEqualTo("abscript.pdf");
		assertThat(FileInspector.displayName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
	}

	private void assertRejected(String name, byte[] content, FileRejection reason) {
		assertThatThrownBy(() -> inspector.inspect(name, content)).isInstanceOf(FileRejectedException.class)
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(reason);
	}

}
