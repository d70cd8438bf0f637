package fr.integrance.website.privacy;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A minimal RFC 4180 writer: fields joined by commas, records by CRLF; a field holding a
 * comma, a double quote, a CR or LF is quoted, its quotes doubled. A field starting with
 * {@code = + - @} gets a leading apostrophe so that a spreadsheet does not run it as a
 * formula (CSV injection).
 */
final class Csv {

	static final String LINE_END = "\r\n";

	private Csv() {
	}

	static String row(List<String> fields) {
		return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + LINE_END;
	}

	static String field(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
