package fr.integrance.rights.internal.fulfilment;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.SubjectFile;

/**
 * Writes the archive of an access answer (GDPR Art. 15(3)) or of a portability answer
 * (Art. 20) as a zip, streamed: {@code index.html} and {@code index.pdf} (the information
 * items a–h and the copy, grouped by data category and the purposes that process it),
 * {@code data.json}, {@code data.csv} for portability, and the subject's files under
 * {@code files/}, each copied from its module as a stream.
 * <p>
 * Only what it is given is written: the sections and files of the one subject, as the
 * modules returned them.
 */
@Component
@RequiredArgsConstructor
class ArchiveWriter {

	static final String INDEX_HTML = "index.html";

	static final String INDEX_PDF = "index.pdf";

	static final String DATA_JSON = "data.json";

	static final String DATA_CSV = "data.csv";

	static final String FILES = "files/";

	private static final String KEY = "rightsanswers.archive.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RegisterInformation information;

	private final MessageSource messages;

	/** Copies one file's content into the archive. */
	@FunctionalInterface
	interface FileCopier {

		void copy(SubjectFile file, OutputStream out) throws IOException;

	}

	/**
	 * What goes in.
	 *
	 * @param portability a portability archive (JSON and CSV of the data, no information
	 * items)
	 */
	record Content(String reference, Instant generatedAt, ZoneId zone, Locale locale, boolean portability,
			List<ExportSection> sections, List<SubjectFile> files) {
	}

	void write(Content content, OutputStream target, FileCopier copier) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		if (!content.portability()) {
			zip.putNextEntry(new ZipEntry(INDEX_HTML));
			Writer html = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
			html(content, html);
			html.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(INDEX_PDF));
			pdf(content, new Unclosed(zip));
			zip.closeEntry();
		}
		zip.putNextEntry(new ZipEntry(DATA_JSON));
		JSON.writeValue(new Unclosed(zip), json(content));
		zip.closeEntry();
		if (content.portability()) {
			zip.putNextEntry(new ZipEntry(DATA_CSV));
			Writer csv = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
			csv(content, csv);
			csv.flush();
			zip.closeEntry();
		}
		// the files are mostly PDF and images, compressed already: the fastest level
		zip.setLevel(Deflater.BEST_SPEED);
		for (SubjectFile file : content.files()) {
			zip.putNextEntry(new ZipEntry(entryName(file)));
			copier.copy(file, new Unclosed(zip));
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	static String entryName(SubjectFile file) {
		return FILES + file.module() + "/" + file.path();
	}

	/** The sections grouped by category, in the order categories first appear. */
	private static Map<String, List<ExportSection>> byCategory(List<ExportSection> sections) {
		Map<String, List<ExportSection>> grouped = new LinkedHashMap<>();
		sections.forEach(s -> grouped.computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s));
		return grouped;
	}

	private void html(Content content, Writer out) throws IOException {
		Locale locale = content.locale();
		String title = text(locale, "title", content.reference());
		out.write("<!DOCTYPE html>\n<html lang=\"" + ("en".equals(locale.getLanguage()) ? "en" : "fr")
				+ "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
				+ esc(title)
				+ "</title>\n<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;"
				+ "line-height:1.5;color:#1b1b1b}table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}"
				+ "th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top;"
				+ "overflow-wrap:anywhere}th{background:#eee;width:35%}</style>\n</head>\n<body>\n<main>\n");
		out.write("<h1>" + esc(title) + "</h1>\n<p>"
				+ esc(text(locale, "generated", date(content, content.generatedAt()))) + "</p>\n");
		out.write("<h2>" + esc(text(locale, "information")) + "</h2>\n");
		for (RegisterInformation.Item item : information.items(locale)) {
			out.write("<h3>" + esc(item.letter() + ") " + item.heading()) + "</h3>\n<ul>\n");
			for (String line : item.lines()) {
				out.write("<li>" + esc(line) + "</li>\n");
			}
			out.write("</ul>\n");
		}
		out.write("<h2>" + esc(text(locale, "data")) + "</h2>\n");
		if (content.sections().isEmpty()) {
			out.write("<p>" + esc(text(locale, "nodata")) + "</p>\n");
		}
		for (Map.Entry<String, List<ExportSection>> category : byCategory(content.sections()).entrySet()) {
			out.write("<h3>"
					+ esc(information.categoryLabel(category.getKey(), locale)) + "</h3>\n<p>" + esc(text(locale,
							"purposes", String.join(" ; ", information.purposesOf(category.getKey(), locale))))
					+ "</p>\n");
			for (ExportSection section : category.getValue()) {
				out.write("<h4>" + esc(module(locale, section.module())) + "</h4>\n");
				for (Map<String, Object> record : section.records()) {
					out.write("<table>\n");
					for (Map.Entry<String, Object> field : record.entrySet()) {
						out.write("<tr><th scope=\"row\">" + esc(field.getKey()) + "</th><td>"
								+ esc(value(content, field.getValue())) + "</td></tr>\n");
					}
					out.write("</table>\n");
				}
			}
		}
		out.write("<h2>" + esc(text(locale, "files")) + "</h2>\n");
		if (content.files().isEmpty()) {
			out.write("<p>" + esc(text(locale, "nofiles")) + "</p>\n");
		}
		else {
			out.write("<ul>\n");
			for (SubjectFile file : content.files()) {
				out.write("<li><a href=\"" + esc(uriPath(entryName(file))) + "\">" + esc(file.path()) + "</a> ("
						+ esc(information.categoryLabel(file.category(), locale)) + ", " + file.size() + " "
						+ esc(text(locale, "bytes")) + ")</li>\n");
			}
			out.write("</ul>\n");
		}
		out.write("</main>\n</body>\n</html>\n");
	}

	private void pdf(Content content, OutputStream out) throws IOException {
		Locale locale = content.locale();
		try (PdfPages pdf = new PdfPages(text(locale, "title", content.reference()), "Intégrance",
				"en".equals(locale.getLanguage()) ? "en" : "fr-FR")) {
			pdf.title(text(locale, "title", content.reference()));
			pdf.paragraph(text(locale, "generated", date(content, content.generatedAt())));
			pdf.heading(text(locale, "information"));
			for (RegisterInformation.Item item : information.items(locale)) {
				pdf.subheading(item.letter() + ") " + item.heading());
				for (String line : item.lines()) {
					pdf.indented("• " + line);
				}
			}
			pdf.heading(text(locale, "data"));
			if (content.sections().isEmpty()) {
				pdf.paragraph(text(locale, "nodata"));
			}
			for (Map.Entry<String, List<ExportSection>> category : byCategory(content.sections()).entrySet()) {
				pdf.heading(information.categoryLabel(category.getKey(), locale));
				pdf.paragraph(text(locale, "purposes",
						String.join(" ; ", information.purposesOf(category.getKey(), locale))));
				for (ExportSection section : category.getValue()) {
					pdf.subheading(module(locale, section.module()));
					for (Map<String, Object> record : section.records()) {
						for (Map.Entry<String, Object> field : record.entrySet()) {
							pdf.indented(field.getKey() + " : " + value(content, field.getValue()));
						}
						pdf.gap(6);
					}
				}
			}
			pdf.heading(text(locale, "files"));
			if (content.files().isEmpty()) {
				pdf.paragraph(text(locale, "nofiles"));
			}
			for (SubjectFile file : content.files()) {
				pdf.indented("• " + entryName(file) + " (" + file.size() + " " + text(locale, "bytes") + ")");
			}
			pdf.writeTo(out);
		}
	}

	private Map<String, Object> json(Content content) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("reference", content.reference());
		root.put("generatedAt", content.generatedAt().toString());
		root.put("kind", content.portability() ? "portability" : "access");
		List<Map<String, Object>> sections = new ArrayList<>();
		for (ExportSection section : content.sections()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("module", section.module());
			entry.put("category", section.category());
			entry.put("categoryLabel", information.categoryLabel(section.category(), content.locale()));
			entry.put("purposes", information.purposeIdsOf(section.category()));
			List<Map<String, @Nullable Object>> records = new ArrayList<>();
			for (Map<String, Object> record : section.records()) {
				Map<String, @Nullable Object> copy = new LinkedHashMap<>();
				record.forEach((field, value) -> copy.put(field, jsonValue(value)));
				records.add(copy);
			}
			entry.put("records", records);
			sections.add(entry);
		}
		root.put("sections", sections);
		List<Map<String, Object>> files = new ArrayList<>();
		for (SubjectFile file : content.files()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("module", file.module());
			entry.put("category", file.category());
			entry.put("path", entryName(file));
			entry.put("mediaType", file.mediaType());
			entry.put("size", file.size());
			files.add(entry);
		}
		root.put("files", files);
		return root;
	}

	/** One line per field: module, category, record number, field, value (RFC 4180). */
	private static void csv(Content content, Writer out) throws IOException {
		out.write("module,category,record,field,value\r\n");
		for (ExportSection section : content.sections()) {
			int number = 0;
			for (Map<String, Object> record : section.records()) {
				number++;
				for (Map.Entry<String, Object> field : record.entrySet()) {
					Object value = jsonValue(field.getValue());
					out.write(csvCell(section.module()) + "," + csvCell(section.category()) + "," + number + ","
							+ csvCell(field.getKey()) + "," + csvCell(value == null ? "" : String.valueOf(value))
							+ "\r\n");
				}
			}
		}
	}

	static String csvCell(String value) {
		String cell = value;
		// a cell a spreadsheet would run as a formula is quoted as text
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

	private static @Nullable Object jsonValue(@Nullable Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		return String.valueOf(value);
	}

	private String value(Content content, @Nullable Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Instant instant) {
			return date(content, instant);
		}
		if (value instanceof TemporalAccessor temporal && !(value instanceof Instant)) {
			try {
				return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(content.locale())
					.format(temporal);
			}
			catch (RuntimeException notADate) {
				return String.valueOf(value);
			}
		}
		return String.valueOf(value);
	}

	private static String date(Content content, Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(content.locale())
			.withZone(content.zone())
			.format(instant);
	}

	private String module(Locale locale, String module) {
		return java.util.Objects.requireNonNullElse(messages.getMessage(KEY + "module." + module, null, module, locale),
				module);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(KEY + key, arguments, locale);
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String uriPath(String path) {
		StringBuilder out = new StringBuilder();
		for (String segment : path.split("/", -1)) {
			if (!out.isEmpty()) {
				out.append('/');
			}
			out.append(org.springframework.web.util.UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
		}
		return out.toString();
	}

	/** The zip stream, which a writer's close must not close. */
	private static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
