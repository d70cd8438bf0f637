package fr.integrance.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.integrance.platform.FileInspection.InspectedFile;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;

/**
 * Every file of the hostile corpus ({@link HostileFiles}, made by the test) is refused
 * for its own reason, which reads as a French sentence; genuine PDF, JPEG and PNG files
 * pass, named only for display.
 */
class ContentFileInspectionTests {

	private static final List<HostileFiles.Sample> HOSTILE = HostileFiles.hostile();

	private final ContentFileInspection inspection = ContentFileInspection.withDefaults();

	static Stream<HostileFiles.Sample> hostile() {
		return HOSTILE.stream();
	}

	static Stream<HostileFiles.Genuine> genuine() {
		return HostileFiles.genuine().stream();
	}

	private static final List<HostileFiles.Sample> HOSTILE_DOCUMENTS = HostileFiles.hostileDocuments();

	static Stream<HostileFiles.Sample> hostileDocuments() {
		return HOSTILE_DOCUMENTS.stream();
	}

	static Stream<HostileFiles.Genuine> genuineDocuments() {
		return HostileFiles.genuineDocuments().stream();
	}

	@Test
	void theCorpusHoldsAtLeast25HostileFilesCoveringEveryReason() {
		assertThat(HOSTILE).hasSizeGreaterThanOrEqualTo(25);
		assertThat(HOSTILE_DOCUMENTS).hasSizeGreaterThanOrEqualTo(12);
		assertThat(Stream.concat(HOSTILE.stream(), HOSTILE_DOCUMENTS.stream())
			.map(HostileFiles.Sample::expected)
			.distinct())
			.containsAll(List.of(FileRejection.values())
				.stream()
				.filter(reason -> reason != FileRejection.TOO_MANY_FILES)
				.toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void refusesHostileFileWithItsFrenchReason(HostileFiles.Sample sample) {
		long started = System.nanoTime();
		assertThatThrownBy(() -> inspection.inspect(sample.uploadName(), sample.content()))
			.isInstanceOf(FileRejectedException.class)
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(sample.expected());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		String message = french().getMessage(
				"intake.upload.error." + sample.expected().name().toLowerCase(Locale.ROOT).replace('_', '-'), null,
				Locale.FRENCH);
		assertThat(message).isNotBlank().doesNotStartWith("intake.");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("genuine")
	void acceptsGenuineFiles(HostileFiles.Genuine file) throws FileRejectedException {
		InspectedFile inspected = inspection.inspect(file.uploadName(), file.content());
		assertThat(inspected.mediaType()).isIn("application/pdf", "image/jpeg", "image/png");
		assertThat(inspected.displayName()).doesNotContain("/", "\\");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileDocuments")
	void refusesHostileOfficeDocumentWithItsFrenchReason(HostileFiles.Sample sample) {
		assertThatThrownBy(() -> inspection.inspectDocument(sample.uploadName(), sample.content()))
			.isInstanceOf(FileRejectedException.class)
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(sample.expected());
		String key = sample.expected().name().toLowerCase(Locale.ROOT).replace('_', '-');
		assertThat(french().getMessage("intake.upload.error." + key, null, Locale.FRENCH)).isNotBlank()
			.doesNotStartWith("intake.");
		assertThat(french().getMessage("intake.upload.error.document." + key, null, Locale.FRENCH)).isNotBlank()
			.doesNotStartWith("intake.");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void aDocumentSpaceRefusesEveryHostileAttachmentToo(HostileFiles.Sample sample) {
		// a document's size limit is its own (20 MB), see
		// aDocumentHasItsOwnSizeLimitAboveTheForms
		org.junit.jupiter.api.Assumptions.assumeTrue(sample.expected() != FileRejection.TOO_LARGE);
		assertThatThrownBy(() -> inspection.inspectDocument(sample.uploadName(), sample.content()))
			.isInstanceOf(FileRejectedException.class)
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(sample.expected());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("genuineDocuments")
	void aDocumentSpaceAcceptsOfficeDocumentsWithoutMacrosTypedByContent(HostileFiles.Genuine file)
			throws FileRejectedException {
		InspectedFile inspected = inspection.inspectDocument(file.uploadName(), file.content());
		String extension = FileNames.extensionOf(inspected.displayName());
		assertThat(inspected.mediaType()).isEqualTo(switch (extension) {
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
			case "odt" -> "application/vnd.oasis.opendocument.text";
			case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
			case "odp" -> "application/vnd.oasis.opendocument.presentation";
			case "pdf" -> "application/pdf";
			case "png" -> "image/png";
			default -> "image/jpeg";
		});
	}

	@Test
	void requestAttachmentsStillRefuseOfficeDocuments() {
		for (HostileFiles.Genuine file : HostileFiles.genuineDocuments()) {
			if (!ContentFileInspection.ALLOWED.containsKey(FileNames.extensionOf(file.uploadName()))) {
				assertThatThrownBy(() -> inspection.inspect(file.uploadName(), file.content()))
					.extracting(ex -> ((FileRejectedException) ex).reason())
					.isEqualTo(FileRejection.TYPE_NOT_ALLOWED);
			}
		}
	}

	@Test
	void refusesAnOfficeDocumentWhoseTotalDecodedSizeIsOverTheBudget() {
		ContentFileInspection small = new ContentFileInspection(org.springframework.util.unit.DataSize.ofMegabytes(5),
				50_000_000, 16384, org.springframework.util.unit.DataSize.ofBytes(500), 500, 10_000);
		assertThatThrownBy(() -> small.inspectDocument("rapport.docx", HostileFiles.docx()))
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_COMPLEX);
	}

	@Test
	void keepsOnlyTheLastSegmentOfAPathTraversalName() throws FileRejectedException {
		assertThat(inspection.inspect("../../etc/passwd.pdf", HostileFiles.genuinePdf()).displayName())
			.isEqualTo("passwd.pdf");
		assertThat(FileNames.displayName("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
		assertThat(FileNames.displayName("..")).isEqualTo("document");
		assertThat(FileNames.displayName(".htaccess.png")).isEqualTo("htaccess.png");
		assertThat(FileNames.displayName("a<script>.pdf")).isEqualTo("ascript.pdf");
		assertThat(FileNames.displayName("x".repeat(200) + ".pdf")).hasSize(120).endsWith(".pdf");
	}

	@Test
	void refusesAFileOverTheConfiguredSize() {
		ContentFileInspection small = new ContentFileInspection(org.springframework.util.unit.DataSize.ofBytes(100),
				50_000_000, 16384, org.springframework.util.unit.DataSize.ofMegabytes(200), 500, 10_000);
		assertThatThrownBy(() -> small.inspect("gros.pdf", HostileFiles.genuinePdf()))
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_LARGE);
	}

	/**
	 * The forms take 5 MB a file; a document space takes up to its per-file quota: the
	 * same file is too large for the first, within the second, and a document over its
	 * own limit is too large.
	 */
	@Test
	void aDocumentHasItsOwnSizeLimitAboveTheForms() throws FileRejectedException {
		ContentFileInspection limits = new ContentFileInspection(org.springframework.util.unit.DataSize.ofBytes(100),
				org.springframework.util.unit.DataSize.ofKilobytes(64), 50_000_000, 16384,
				org.springframework.util.unit.DataSize.ofMegabytes(200), 500, 10_000);
		byte[] pdf = HostileFiles.genuinePdf();
		assertThat(pdf.length).isBetween(101, 64 * 1024);
		assertThatThrownBy(() -> limits.inspect("releve.pdf", pdf))
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_LARGE);
		assertThat(limits.inspectDocument("releve.pdf", pdf).mediaType()).isEqualTo("application/pdf");
		assertThat(limits.maxFileBytes()).isEqualTo(100);
		assertThat(limits.maxDocumentBytes()).isEqualTo(64 * 1024);

		ContentFileInspection tiny = new ContentFileInspection(org.springframework.util.unit.DataSize.ofBytes(100),
				org.springframework.util.unit.DataSize.ofBytes(100), 50_000_000, 16384,
				org.springframework.util.unit.DataSize.ofMegabytes(200), 500, 10_000);
		assertThatThrownBy(() -> tiny.inspectDocument("releve.pdf", pdf))
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_LARGE);
		assertThatThrownBy(() -> tiny.inspectDocument("rapport.docx", HostileFiles.docx()))
			.extracting(ex -> ((FileRejectedException) ex).reason())
			.isEqualTo(FileRejection.TOO_LARGE);
	}

	private static ResourceBundleMessageSource french() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/intake");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
