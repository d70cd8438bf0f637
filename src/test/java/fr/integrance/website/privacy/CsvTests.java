package fr.integrance.website.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

	/**
	 * An RFC 4180 reader, independent from the writer, to check that what is written
	 * reads back.
	 */
	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	@Test
	void quotesCommasAndLineBreaksRoundTrip() {
		List<String> fields = List.of("plain", "a, b", "say \"hi\"", "two\nlines", "cr\r\nlf", "", "trailing,");

		assertThat(parse(Csv.row(fields))).containsExactly(fields);
	}

	@Test
	void quotedFieldDoublesItsQuotes() {
		assertThat(Csv.field("il a dit \"oui\", puis non")).isEqualTo("\"il a dit \"\"oui\"\", puis non\"");
		assertThat(Csv.field("simple")).isEqualTo("simple");
		assertThat(Csv.field(null)).isEmpty();
	}

	@Test
	void formulaLikeFieldIsDefused() {
		assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.field("+33 1 23")).isEqualTo("'+33 1 23");
	}

}
