package fr.integrance.employerspace.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A movements file as the employer sends it: UTF-8 (a BOM accepted), {@code ;} between
 * cells, one header line with the template's columns, then one movement per line. Read
 * with Commons CSV; what cannot be a movement file (not UTF-8, binary, no header, too
 * many rows) is refused as a whole; each line is then checked cell by cell, with its line
 * number (the header is line 1) and column.
 */
final class MovementFile {

	static final List<String> COLUMNS = List.of("mouvement", "identifiant_affiliation", "contrat", "categorie",
			"formule", "date_debut", "date_entree", "civilite", "nom", "prenoms", "nom_naissance", "date_naissance",
			"nir", "adresse", "complement_adresse", "code_postal", "ville", "situation_familiale", "regime", "caisse",
			"courriel", "telephone", "iban", "bic", "date_fin", "motif", "date_effet");

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.get();

	/**
	 * The same with commas, as a spreadsheet set to English saves it: chosen when the
	 * header line has commas and no semicolon.
	 */
	static final CSVFormat COMMA_FORMAT = FORMAT.builder().setDelimiter(',').get();

	/** A cell that is only a number or a phone number: never run as a formula. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9][0-9 .,]*");

	/** Strict: 31/02 is no date (the default resolver would read it as 28 or 29/02). */
	static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH)
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** Why a whole file is refused. */
	enum Refusal {

		ENCODING, BINARY, HEADER, EMPTY, TOO_MANY_ROWS, MALFORMED

	}

	static final class RefusedFileException extends Exception {

		private static final long serialVersionUID = 1L;

		final Refusal refusal;

		RefusedFileException(Refusal refusal) {
			super(refusal.name());
			this.refusal = refusal;
		}

	}

	/** One line of the file: its number and its cells by column. */
	record Line(int number, Map<String, String> cells) {

		String cell(String column) {
			return cells.getOrDefault(column, "");
		}

		@Override
		public String toString() {
			return "Line[" + number + "]";
		}

	}

	/** A problem of one line: line, column (empty for the whole line), message key. */
	record LineError(int line, String column, String messageKey) implements java.io.Serializable {
	}

	private MovementFile() {
	}

	/** The file's SHA-256, the key of « the same file twice ». */
	static String digest(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The text of the file: strict UTF-8 without NUL or other control bytes. */
	static String text(byte[] content) throws RefusedFileException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new RefusedFileException(Refusal.ENCODING);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
				throw new RefusedFileException(Refusal.BINARY);
			}
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The lines, header checked (its columns in any order, unknown ones refused). */
	static List<Line> lines(String text, int maxRows) throws RefusedFileException {
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(text))) {
			List<String> header = null;
			for (CSVRecord record : parser) {
				if (header == null) {
					header = new ArrayList<>();
					for (String name : record) {
						header.add(name.strip().toLowerCase(Locale.ROOT));
					}
					if (!header.contains("mouvement") || !COLUMNS.containsAll(header)) {
						throw new RefusedFileException(Refusal.HEADER);
					}
					continue;
				}
				if (lines.size() >= maxRows) {
					throw new RefusedFileException(Refusal.TOO_MANY_ROWS);
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					cells.put(header.get(i), record.get(i));
				}
				lines.add(new Line((int) parser.getCurrentLineNumber(), cells));
			}
			if (header == null) {
				throw new RefusedFileException(Refusal.EMPTY);
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
			throw new RefusedFileException(Refusal.MALFORMED);
		}
		if (lines.isEmpty()) {
			throw new RefusedFileException(Refusal.EMPTY);
		}
		return lines;
	}

	/** Semicolons, unless the header line has commas and none. */
	static CSVFormat format(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.indexOf(';') < 0 && header.indexOf(',') >= 0 ? COMMA_FORMAT : FORMAT;
	}

	/**
	 * A cell that a spreadsheet would run as a formula: starting with {@code =},
	 * {@code @}, a tab or a carriage return, or with {@code +} / {@code -} unless the
	 * whole cell is a number or a phone number ({@code -2+3+cmd|…} is a formula,
	 * {@code +33 6 12 34 56 78} is not).
	 */
	static boolean formula(String cell) {
		if (cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		if (first == '=' || first == '@' || first == '\t' || first == '\r') {
			return true;
		}
		return (first == '+' || first == '-') && !NUMBER.matcher(cell).matches();
	}

	/** The cell as a date ({@code jj/mm/aaaa} or ISO), or null when it is none. */
	static @Nullable LocalDate date(String cell) {
		try {
			return cell.contains("/") ? LocalDate.parse(cell, FRENCH_DATE) : LocalDate.parse(cell);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * A cell neutralised for a spreadsheet: a formula-like cell prefixed with {@code '}.
	 */
	static String neutralised(@Nullable String cell) {
		if (cell == null) {
			return "";
		}
		return formula(cell) ? "'" + cell : cell;
	}

}
