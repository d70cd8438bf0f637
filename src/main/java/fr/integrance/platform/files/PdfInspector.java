package fr.integrance.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;

/**
 * The checks of a PDF, on its object graph and never by rendering it.
 * <ol>
 * <li>It starts with its header and ends with {@code %%EOF} (whitespace aside): nothing
 * before, nothing after (a truncated file or a polyglot).</li>
 * <li>Every Flate stream found in the raw bytes is inflated with a bounded counter before
 * PDFBox reads anything (object and cross-reference streams included): a bomb stops at
 * the budget, never whole in memory.</li>
 * <li>PDFBox loads it with a bounded memory cache; an encrypted PDF is refused (it cannot
 * be checked, and staff could not read it).</li>
 * <li>Every object of the cross-reference table (those packed in object streams too) is
 * walked: a name or key that acts (JavaScript, Launch, SubmitForm, ImportData, GoToR,
 * GoToE, RichMedia, Rendition, Movie, Sound, XFA…) or embeds a file (EmbeddedFile(s),
 * FileAttachment, a file specification's EF) refuses it; a URI action may only go to
 * http, https or mailto; the streams are decoded through their non-image filters with the
 * same budget; the page count is bounded.</li>
 * </ol>
 */
final class PdfInspector {

	/** Names whose presence anywhere means the document can act, with the reason. */
	private static final Map<COSName, FileRejection> FORBIDDEN_NAMES = forbiddenNames();

	private static final Set<String> IMAGE_FILTERS = Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
			"CCITTFaxDecode", "CCF", "Crypt");

	private static final Set<String> SAFE_URI_SCHEMES = Set.of("http", "https", "mailto");

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_DEPTH = 64;

	private final long maxDecodedBytes;

	private final int maxPages;

	PdfInspector(long maxDecodedBytes, int maxPages) {
		this.maxDecodedBytes = maxDecodedBytes;
		this.maxPages = maxPages;
	}

	void check(byte[] pdf) throws FileRejectedException {
		checkFrame(pdf);
		checkRawFlateStreams(pdf);
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(maxDecodedBytes).streamCache)) {
			if (document.isEncrypted()) {
				throw new FileRejectedException(FileRejection.ENCRYPTED);
			}
			if (document.getNumberOfPages() > maxPages) {
				throw new FileRejectedException(FileRejection.TOO_COMPLEX);
			}
			walk(document.getDocument());
		}
		catch (InvalidPasswordException ex) {
			throw new FileRejectedException(FileRejection.ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
	}

	private static void checkFrame(byte[] pdf) throws FileRejectedException {
		for (int i = 0; i < HEADER.length; i++) {
			if (pdf.length <= i || pdf[i] != HEADER[i]) {
				throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
			}
		}
		int end = lastIndexOf(pdf, END);
		if (end < 0) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
		for (int i = end + END.length; i < pdf.length; i++) {
			byte b = pdf[i];
			if (b != '\r' && b != '\n' && b != ' ' && b != '\t' && b != '\f' && b != 0) {
				throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
			}
		}
	}

	/**
	 * Inflates, with one budget for the whole file, every zlib stream that starts after a
	 * {@code stream} keyword: a Flate bomb is refused before PDFBox would decode it.
	 */
	private void checkRawFlateStreams(byte[] pdf) throws FileRejectedException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		int from = 0;
		int at;
		while ((at = HiddenContent.indexOfIgnoringCase(pdf, STREAM, from)) >= 0) {
			from = at + STREAM.length;
			int start = from;
			if (start < pdf.length && pdf[start] == '\r') {
				start++;
			}
			if (start < pdf.length && pdf[start] == '\n') {
				start++;
			}
			if (start == from || start + 2 > pdf.length || !zlibHeader(pdf[start], pdf[start + 1])) {
				continue;
			}
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(pdf, start, pdf.length - start);
				while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
					int n = inflater.inflate(buffer);
					total += n;
					if (total > maxDecodedBytes) {
						throw new FileRejectedException(FileRejection.TOO_COMPLEX);
					}
					if (n == 0 && !inflater.finished() && !inflater.needsInput()) {
						break;
					}
				}
			}
			catch (DataFormatException ex) {
				// not a stream after all, or a damaged one: PDFBox will judge the
				// structure
			}
			finally {
				inflater.end();
			}
		}
	}

	private static boolean zlibHeader(byte cmf, byte flg) {
		return (cmf & 0x0F) == 8 && (((cmf & 0xFF) << 8) | (flg & 0xFF)) % 31 == 0;
	}

	private void walk(COSDocument cos) throws IOException, FileRejectedException {
		BoundedSink sink = new BoundedSink(maxDecodedBytes);
		check(cos.getTrailer(), 0, sink);
		for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
			COSObject object = cos.getObjectFromPool(key);
			COSBase base = object == null ? null : object.getObject();
			if (base != null) {
				check(base, 0, sink);
			}
		}
	}

	/**
	 * Checks a direct object and what it holds directly: indirect ones are visited
	 * through the cross-reference table.
	 */
	private void check(COSBase base, int depth, BoundedSink sink) throws IOException, FileRejectedException {
		if (depth > MAX_DEPTH) {
			throw new FileRejectedException(FileRejection.TOO_COMPLEX);
		}
		if (base instanceof COSName name) {
			FileRejection reason = FORBIDDEN_NAMES.get(name);
			if (reason != null) {
				throw new FileRejectedException(reason);
			}
		}
		else if (base instanceof COSDictionary dictionary) {
			for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
				check(entry.getKey(), depth + 1, sink);
				if (!(entry.getValue() instanceof COSObject)) {
					check(entry.getValue(), depth + 1, sink);
				}
			}
			if (COSName.URI.equals(dictionary.getCOSName(COSName.S)) && !safeUri(dictionary)) {
				throw new FileRejectedException(FileRejection.ACTIVE_CONTENT);
			}
			if (dictionary instanceof COSStream stream) {
				decode(stream, sink);
			}
		}
		else if (base instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				COSBase value = array.get(i);
				if (value != null && !(value instanceof COSObject)) {
					check(value, depth + 1, sink);
				}
			}
		}
	}

	private static boolean safeUri(COSDictionary action) {
		COSBase uri = action.getDictionaryObject(COSName.URI);
		if (!(uri instanceof COSString text)) {
			return uri == null;
		}
		String value = text.getString().strip().toLowerCase(Locale.ROOT);
		int colon = value.indexOf(':');
		return colon > 0 && SAFE_URI_SCHEMES.contains(value.substring(0, colon));
	}

	/**
	 * Decodes a stream through its filters up to the first image filter (images are not
	 * decoded), spending the file's budget; past it the file is too complex. A stream
	 * that cannot be decoded is left to the reader: it is damaged, not hostile.
	 */
	private static void decode(COSStream stream, BoundedSink sink) throws FileRejectedException {
		List<COSName> filters = filtersOf(stream);
		if (filters.isEmpty()) {
			return;
		}
		try {
			byte[] input;
			try (InputStream raw = stream.createRawInputStream()) {
				input = raw.readAllBytes();
			}
			for (int i = 0; i < filters.size(); i++) {
				if (IMAGE_FILTERS.contains(filters.get(i).getName())) {
					return;
				}
				Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
				boolean last = i == filters.size() - 1 || IMAGE_FILTERS.contains(filters.get(i + 1).getName());
				if (last) {
					filter.decode(new ByteArrayInputStream(input), sink.counting(), stream, i);
					return;
				}
				ByteArrayOutputStream next = sink.keeping();
				filter.decode(new ByteArrayInputStream(input), next, stream, i);
				input = next.toByteArray();
			}
		}
		catch (IOException | UncheckedIOException ex) {
			if (sink.exceeded()) {
				throw new FileRejectedException(FileRejection.TOO_COMPLEX);
			}
		}
		if (sink.exceeded()) {
			throw new FileRejectedException(FileRejection.TOO_COMPLEX);
		}
	}

	private static List<COSName> filtersOf(COSStream stream) {
		COSBase filters = stream.getFilters();
		if (filters instanceof COSName name) {
			return List.of(name);
		}
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSName name) {
					names.add(name);
				}
			}
		}
		return names;
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

	private static Map<COSName, FileRejection> forbiddenNames() {
		Map<COSName, FileRejection> names = new java.util.HashMap<>();
		for (String active : List.of("JavaScript", "JS", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE",
				"RichMedia", "RichMediaExecute", "RichMediaContent", "Rendition", "Movie", "Sound", "Screen", "XFA")) {
			names.put(COSName.getPDFName(active), FileRejection.ACTIVE_CONTENT);
		}
		for (String embedded : List.of("EmbeddedFile", "EmbeddedFiles", "FileAttachment", "EF", "RF")) {
			names.put(COSName.getPDFName(embedded), FileRejection.EMBEDDED_FILE);
		}
		return Map.copyOf(names);
	}

}
