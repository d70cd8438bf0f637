package fr.integrance.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;

/**
 * The checks of an office document (OOXML or OpenDocument), a zip package, by looking
 * inside it and never by opening it in an office suite.
 * <ol>
 * <li>An OLE2 container is refused: a password-protected OOXML file (its
 * {@code EncryptedPackage} stream) as encrypted, anything else as a legacy format.</li>
 * <li>The zip's frame, from its central directory: it starts with its first entry and
 * ends with its directory (nothing before, nothing after: a polyglot), without zip64,
 * with at most {@code maxEntries} entries, none encrypted, none named with a path that
 * climbs ({@code ..}), starts at a root or a drive, or holds control or back-slash
 * characters, no name twice.</li>
 * <li>Every entry is inflated, streaming, with one budget of decoded bytes for the whole
 * file and a ratio limit per entry (more than {@value #MAX_RATIO} times its compressed
 * bytes past the first mebibyte): the declared sizes are never trusted. The entries met
 * this way must be those of the central directory (a reader that trusts one and an
 * inspection that reads the other would not see the same file).</li>
 * <li>What it is comes from inside: the main part's content type in
 * {@code [Content_Types].xml} (OOXML) or the {@code mimetype} entry (OpenDocument), which
 * must be the format the extension announces; a plain zip is none.</li>
 * <li>No macros nor active parts: OOXML without a VBA project, macro-enabled content
 * type, ActiveX control, embedded binary or executable, nor an external relationship to a
 * template, OLE object, frame or sub-document, nor a target with a script scheme;
 * OpenDocument without {@code Basic/} or {@code Scripts/}, script entries in its
 * manifest, event listeners bound to scripts, nor encryption data.</li>
 * </ol>
 * XML is read with DTDs and external entities off.
 */
final class OfficeInspector {

	/** The ratio of decoded to compressed bytes past which an entry is a bomb. */
	static final int MAX_RATIO = 100;

	private static final long RATIO_FLOOR = 1024 * 1024;

	/** Structural entries are kept in memory to be parsed, each up to this size. */
	private static final int MAX_KEPT_ENTRY = 2 * 1024 * 1024;

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

	private static final int LOCAL_HEADER = 0x04034b50;

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final int END_OF_DIRECTORY = 0x06054b50;

	/**
	 * What Tika, with the core detectors alone, sees in an OOXML package (whose parts it
	 * does not open); an OpenDocument package it names by its {@code mimetype}.
	 */
	private static final Set<String> ZIP_FAMILY = Set.of("application/zip", "application/x-tika-ooxml");

	private static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("bin", "exe", "dll", "com", "scr", "bat", "cmd",
			"ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "msi", "lnk", "cpl", "ocx", "sys");

	private static final Set<String> EXTERNAL_ACTIVE_RELATIONSHIPS = Set.of("attachedtemplate", "oleobject", "frame",
			"subdocument", "control", "package", "afchunk");

	private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "mhtml", "ms-msdt",
			"ms-officecmd", "search-ms", "ms-search", "jar");

	private static final List<byte[]> ODF_SCRIPT_MARKERS = List.of(ascii("script:event-listener"),
			ascii("vnd.sun.star.script"), ascii("macro:///"));

	private final long maxDecodedBytes;

	private final int maxEntries;

	OfficeInspector(long maxDecodedBytes, int maxEntries) {
		this.maxDecodedBytes = maxDecodedBytes;
		this.maxEntries = maxEntries;
	}

	static boolean ole2(byte[] content) {
		return startsWith(content, OLE2);
	}

	/**
	 * @param detected the type Tika detected from the bytes alone
	 */
	void check(OfficeFormat expected, String detected, byte[] content) throws FileRejectedException {
		if (ole2(content)) {
			throw new FileRejectedException(HiddenContent.indexOf(content, ENCRYPTED_PACKAGE, 0) >= 0
					? FileRejection.ENCRYPTED : FileRejection.LEGACY_OFFICE_FORMAT);
		}
		if (!ZIP_FAMILY.contains(detected) && !detected.equals(expected.mediaType())) {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
		if (readInt(content, 0) != LOCAL_HEADER) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		List<String> names = centralDirectory(content);
		Package contents = read(content, names);
		if (contents.names.contains("[Content_Types].xml")) {
			checkOoxml(expected, contents);
		}
		else if (!contents.names.isEmpty() && "mimetype".equals(names.get(0)) && contents.mimetype != null) {
			checkOpenDocument(expected, contents);
		}
		else {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
	}

	// --- the frame, from the central directory

	private List<String> centralDirectory(byte[] zip) throws FileRejectedException {
		int end = -1;
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
			if (readInt(zip, i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
		int commentLength = readShort(zip, end + 20);
		if (end + 22 + commentLength != zip.length) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		if (commentLength > 0
				&& HiddenContent.present(java.util.Arrays.copyOfRange(zip, end + 22, end + 22 + commentLength))) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		int entries = readShort(zip, end + 10);
		long size = readInt(zip, end + 12) & 0xFFFFFFFFL;
		long offset = readInt(zip, end + 16) & 0xFFFFFFFFL;
		if (readShort(zip, end + 4) != 0 || readShort(zip, end + 6) != 0 || entries != readShort(zip, end + 8)) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
		if (entries == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
			// zip64: no office document of an acceptable size needs it
			throw new FileRejectedException(FileRejection.TOO_COMPLEX);
		}
		if (entries > maxEntries) {
			throw new FileRejectedException(FileRejection.TOO_COMPLEX);
		}
		if (offset + size != end) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		List<String> names = new ArrayList<>(entries);
		Set<String> seen = new HashSet<>();
		int at = (int) offset;
		long firstLocal = Long.MAX_VALUE;
		for (int i = 0; i < entries; i++) {
			if (at + 46 > end || readInt(zip, at) != CENTRAL_HEADER) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			int flags = readShort(zip, at + 8);
			int nameLength = readShort(zip, at + 28);
			int extraLength = readShort(zip, at + 30);
			int entryCommentLength = readShort(zip, at + 32);
			long local = readInt(zip, at + 42) & 0xFFFFFFFFL;
			if (at + 46L + nameLength + extraLength + entryCommentLength > end) {
				throw new FileRejectedException(FileRejection.UNREADABLE);
			}
			if ((flags & 0x1) != 0 || (flags & 0x40) != 0) {
				throw new FileRejectedException(FileRejection.ENCRYPTED);
			}
			String name = new String(zip, at + 46, nameLength,
					(flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
			checkName(name);
			if (!seen.add(name)) {
				throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
			}
			names.add(name);
			firstLocal = Math.min(firstLocal, local);
			at += 46 + nameLength + extraLength + entryCommentLength;
		}
		if (at != end || (entries > 0 && firstLocal != 0)) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		return names;
	}

	/** A name that climbs, starts at a root or a drive, or hides characters. */
	private static void checkName(String name) throws FileRejectedException {
		boolean climbs = name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..");
		if (name.isEmpty() || climbs || name.startsWith("/") || name.contains("\\") || name.contains(":")
				|| name.chars().anyMatch(c -> c < 0x20 || c == 0x7F) || HiddenContent.present(ascii(name))) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
	}

	// --- the entries, streamed

	/** What the inspection keeps of a package: its names and its structural parts. */
	private static final class Package {

		final Set<String> names = new HashSet<>();

		byte @Nullable [] contentTypes;

		byte @Nullable [] manifest;

		@Nullable String mimetype;

		final List<byte[]> relationships = new ArrayList<>();

		boolean odfScriptMarkers;

	}

	private Package read(byte[] zip, List<String> centralNames) throws FileRejectedException {
		Package contents = new Package();
		BoundedSink budget = new BoundedSink(maxDecodedBytes);
		CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(zip));
		byte[] buffer = new byte[16 * 1024];
		try (ZipInputStream entries = new ZipInputStream(raw, StandardCharsets.ISO_8859_1)) {
			ZipEntry entry;
			int count = 0;
			while ((entry = entries.getNextEntry()) != null) {
				if (++count > maxEntries) {
					throw new FileRejectedException(FileRejection.TOO_COMPLEX);
				}
				String name = entry.getName();
				if (!contents.names.add(name)) {
					throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
				}
				checkName(name);
				boolean keep = kept(name);
				boolean scan = name.equals("content.xml") || name.equals("styles.xml");
				ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
				MarkerScanner scanner = scan ? new MarkerScanner(ODF_SCRIPT_MARKERS) : null;
				long startedAt = raw.count();
				long decoded = 0;
				int n;
				while ((n = entries.read(buffer)) > 0) {
					decoded += n;
					budget.spend(n);
					long compressed = Math.max(1, raw.count() - startedAt);
					if (decoded > RATIO_FLOOR && decoded > MAX_RATIO * compressed) {
						throw new FileRejectedException(FileRejection.TOO_COMPLEX);
					}
					if (kept != null) {
						if (decoded > MAX_KEPT_ENTRY) {
							throw new FileRejectedException(FileRejection.TOO_COMPLEX);
						}
						kept.write(buffer, 0, n);
					}
					if (scanner != null) {
						scanner.accept(buffer, n);
					}
				}
				if (kept != null) {
					keep(contents, name, kept.toByteArray());
				}
				if (scanner != null && scanner.found()) {
					contents.odfScriptMarkers = true;
				}
			}
		}
		catch (ZipException ex) {
			throw new FileRejectedException(ex.getMessage() != null && ex.getMessage().contains("encrypted")
					? FileRejection.ENCRYPTED : FileRejection.UNREADABLE);
		}
		catch (IOException | RuntimeException ex) {
			throw new FileRejectedException(budget.exceeded() ? FileRejection.TOO_COMPLEX : FileRejection.UNREADABLE);
		}
		if (!contents.names.equals(new HashSet<>(centralNames))) {
			throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
		}
		return contents;
	}

	private static boolean kept(String name) {
		return name.equals("[Content_Types].xml") || name.equals("mimetype") || name.equals("META-INF/manifest.xml")
				|| name.endsWith(".rels");
	}

	private static void keep(Package contents, String name, byte[] bytes) {
		switch (name) {
			case "[Content_Types].xml" -> contents.contentTypes = bytes;
			case "mimetype" -> contents.mimetype = new String(bytes, StandardCharsets.US_ASCII).strip();
			case "META-INF/manifest.xml" -> contents.manifest = bytes;
			default -> contents.relationships.add(bytes);
		}
	}

	// --- OOXML

	private static void checkOoxml(OfficeFormat expected, Package contents) throws FileRejectedException {
		for (String name : contents.names) {
			String lower = name.toLowerCase(Locale.ROOT);
			String file = lower.substring(lower.lastIndexOf('/') + 1);
			if (file.startsWith("vbaproject") || file.startsWith("vbadata") || lower.contains("activex/")
					|| (lower.contains("embeddings/") && (EXECUTABLE_EXTENSIONS.contains(FileNames.extensionOf(file))
							|| OfficeFormat.MACRO_ENABLED_EXTENSIONS.contains(FileNames.extensionOf(file))))) {
				throw new FileRejectedException(FileRejection.MACROS);
			}
		}
		byte[] types = contents.contentTypes;
		if (types == null) {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
		List<String> contentTypes = attributeValues(types, "ContentType");
		String main = null;
		for (String type : contentTypes) {
			String lower = type.toLowerCase(Locale.ROOT);
			if (lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("activex")
					|| lower.contains("ms-office.vba")) {
				throw new FileRejectedException(FileRejection.MACROS);
			}
			if (lower.endsWith(".main+xml") || lower.endsWith(".main")) {
				if (main != null && !main.equals(lower)) {
					throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
				}
				main = lower;
			}
		}
		for (byte[] relationships : contents.relationships) {
			checkRelationships(relationships);
		}
		if (!expected.ooxml() || !expected.mainPartType().equals(main)) {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
	}

	/**
	 * External relationships that fetch active content when the document opens (a remote
	 * template with macros, an OLE object, a frame), a target with a script scheme, or
	 * anything but a hyperlink fetched from a file share when the document opens (which
	 * would send the reader's Windows credentials to it).
	 */
	private static void checkRelationships(byte[] relationships) throws FileRejectedException {
		for (List<String> relationship : elements(relationships, "Relationship",
				List.of("Type", "Target", "TargetMode"))) {
			String type = relationship.get(0).toLowerCase(Locale.ROOT);
			String target = relationship.get(1).strip().toLowerCase(Locale.ROOT);
			boolean external = "external".equalsIgnoreCase(relationship.get(2));
			String kind = type.substring(type.lastIndexOf('/') + 1);
			int colon = target.indexOf(':');
			String scheme = colon > 0 ? target.substring(0, colon) : "";
			boolean local = "file".equals(scheme) || target.startsWith("\\\\") || target.startsWith("//");
			if ((external && EXTERNAL_ACTIVE_RELATIONSHIPS.contains(kind)) || SCRIPT_SCHEMES.contains(scheme)
					|| (external && local && !"hyperlink".equals(kind))) {
				throw new FileRejectedException(FileRejection.MACROS);
			}
		}
	}

	// --- OpenDocument

	private static void checkOpenDocument(OfficeFormat expected, Package contents) throws FileRejectedException {
		for (String name : contents.names) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("basic/") || lower.startsWith("scripts/")) {
				throw new FileRejectedException(FileRejection.MACROS);
			}
		}
		if (contents.odfScriptMarkers) {
			throw new FileRejectedException(FileRejection.MACROS);
		}
		byte[] manifest = contents.manifest;
		if (manifest != null) {
			if (!elements(manifest, "encryption-data", List.of()).isEmpty()) {
				throw new FileRejectedException(FileRejection.ENCRYPTED);
			}
			for (List<String> entry : elements(manifest, "file-entry", List.of("full-path", "media-type"))) {
				String path = entry.get(0).toLowerCase(Locale.ROOT);
				String type = entry.get(1).toLowerCase(Locale.ROOT);
				if (path.startsWith("basic/") || path.startsWith("scripts/") || type.contains("script")) {
					throw new FileRejectedException(FileRejection.MACROS);
				}
			}
		}
		if (expected.ooxml() || !expected.mediaType().equals(contents.mimetype)) {
			throw new FileRejectedException(FileRejection.CONTENT_MISMATCH);
		}
	}

	// --- XML, without DTDs nor external entities

	private static final XMLInputFactory XML = safeFactory();

	private static XMLInputFactory safeFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	private static List<String> attributeValues(byte[] xml, String attribute) throws FileRejectedException {
		List<String> values = new ArrayList<>();
		for (List<String> element : elements(xml, null, List.of(attribute))) {
			if (!element.get(0).isEmpty()) {
				values.add(element.get(0));
			}
		}
		return values;
	}

	/**
	 * The given attributes (by local name, "" when absent) of every element of that local
	 * name (any element when null); a DTD refuses the document.
	 */
	private static List<List<String>> elements(byte[] xml, @Nullable String localName, List<String> attributes)
			throws FileRejectedException {
		List<List<String>> found = new ArrayList<>();
		XMLStreamReader reader = null;
		try {
			reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					throw new FileRejectedException(FileRejection.HIDDEN_CONTENT);
				}
				if (event == XMLStreamConstants.START_ELEMENT
						&& (localName == null || localName.equals(reader.getLocalName()))) {
					List<String> values = new ArrayList<>(attributes.size());
					for (String attribute : attributes) {
						values.add(attribute(reader, attribute));
					}
					found.add(values);
				}
			}
			return found;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new FileRejectedException(FileRejection.UNREADABLE);
		}
		finally {
			if (reader != null) {
				try {
					reader.close();
				}
				catch (XMLStreamException ex) {
					// nothing held
				}
			}
		}
	}

	private static String attribute(XMLStreamReader reader, String localName) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			if (localName.equals(reader.getAttributeLocalName(i))) {
				return reader.getAttributeValue(i);
			}
		}
		return "";
	}

	// --- bytes

	/** Counts the compressed bytes the zip reader has consumed. */
	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

	/**
	 * Finds ASCII markers, ignoring case, in a stream read chunk by chunk (a marker may
	 * straddle two chunks).
	 */
	private static final class MarkerScanner {

		private final List<byte[]> markers;

		private final int overlap;

		private byte[] tail = new byte[0];

		private boolean found;

		MarkerScanner(List<byte[]> markers) {
			this.markers = markers;
			this.overlap = markers.stream().mapToInt(marker -> marker.length).max().orElse(1) - 1;
		}

		void accept(byte[] chunk, int length) {
			if (found) {
				return;
			}
			byte[] window = new byte[tail.length + length];
			System.arraycopy(tail, 0, window, 0, tail.length);
			System.arraycopy(chunk, 0, window, tail.length, length);
			for (byte[] marker : markers) {
				if (HiddenContent.indexOfIgnoringCase(window, marker, 0) >= 0) {
					found = true;
					return;
				}
			}
			tail = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - overlap), window.length);
		}

		boolean found() {
			return found;
		}

	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int readInt(byte[] bytes, int at) {
		if (at < 0 || at + 4 > bytes.length) {
			return 0;
		}
		return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8) | ((bytes[at + 2] & 0xFF) << 16)
				| ((bytes[at + 3] & 0xFF) << 24);
	}

	private static int readShort(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | ((bytes[at + 1] & 0xFF) << 8);
	}

	private static byte[] ascii(String text) {
		return text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.ISO_8859_1);
	}

}
