package fr.integrance.documents.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import fr.integrance.documents.FolderId;

/**
 * The forms of the document pages (records bound from the request) and the checks done
 * before the domain is asked: required fields, lengths, control characters and dates,
 * each refused with a French message next to its field. The domain checks again (its
 * {@code InvalidValueException}s land next to the same fields).
 */
public final class DocumentForms {

	static final int NAME_MAX = 100;

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 2000;

	static final int COMMENT_MAX = 2000;

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private DocumentForms() {
	}

	/** A new folder, in {@code parent} (blank: the root). */
	public record FolderForm(@Nullable String name, @Nullable String parent) {

		static FolderForm empty(@Nullable FolderId parent) {
			return new FolderForm("", parent == null ? "" : parent.toString());
		}

	}

	/** A folder's new name. */
	public record RenameForm(@Nullable String name) {
	}

	/** A folder's or document's new place (blank: the root). */
	public record MoveForm(@Nullable String target) {
	}

	/** A new document: the file and what describes it. */
	public record UploadForm(@Nullable MultipartFile file, @Nullable String title, @Nullable String description,
			@Nullable String folder, @Nullable String alertDate, @Nullable String reminderDate) {

		static UploadForm empty(@Nullable FolderId folder) {
			return new UploadForm(null, "", "", folder == null ? "" : folder.toString(), "", "");
		}

	}

	/** A new version of a document. */
	public record ReplaceForm(@Nullable MultipartFile file) {
	}

	/** A document's title, description and folder. */
	public record EditForm(@Nullable String title, @Nullable String description, @Nullable String folder) {
	}

	/** A document's alert and reminder dates (blank: none). */
	public record DatesForm(@Nullable String alertDate, @Nullable String reminderDate) {
	}

	/** A comment, new or edited. */
	public record CommentForm(@Nullable String text) {
	}

	/**
	 * The trimmed text, or an error next to the field: required, too long, control
	 * characters.
	 */
	static @Nullable String text(@Nullable String value, String field, boolean required, int max, boolean multiline,
			Errors errors) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "documentpages.error." + field + ".required");
			}
			return null;
		}
		if (text.codePointCount(0, text.length()) > max) {
			errors.rejectValue(field, "documentpages.error.too-long", new Object[] { max }, null);
			return null;
		}
		if (hasControlCharacter(text, multiline)) {
			errors.rejectValue(field, "documentpages.error.control-characters");
			return null;
		}
		return text;
	}

	/**
	 * Control characters (NUL…), and direction overrides; line breaks and tabs only in a
	 * multi-line text.
	 */
	static boolean hasControlCharacter(String text, boolean multiline) {
		return text.codePoints().anyMatch(c -> {
			if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
				return false;
			}
			return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
					|| (c >= 0x2066 && c <= 0x2069);
		});
	}

	/**
	 * A date as a date field sends it (ISO) or as typed in French (31/12/2026); blank is
	 * none; otherwise an error next to the field.
	 */
	static Optional<LocalDate> date(@Nullable String value, String field, Errors errors) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		LocalDate date;
		try {
			date = text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "documentpages.error.date.invalid");
			return Optional.empty();
		}
		if (date.getYear() < 1900 || date.getYear() > 2199) {
			errors.rejectValue(field, "documentpages.error.date.range");
			return Optional.empty();
		}
		return Optional.of(date);
	}

	/**
	 * A folder id chosen in a list (blank: the root); one that no list offers is refused.
	 */
	static Optional<FolderId> folder(@Nullable String value, String field, Errors errors) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<FolderId> id = parseFolder(text);
		if (id.isEmpty()) {
			errors.rejectValue(field, "documentpages.error.folder.unknown");
		}
		return id;
	}

	static Optional<FolderId> parseFolder(@Nullable String value) {
		return uuid(value).map(FolderId::new);
	}

	static Optional<UUID> uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			String text = value.strip();
			if (text.length() == 32 && text.indexOf('-') < 0) {
				text = text.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
			}
			UUID uuid = UUID.fromString(text);
			return uuid.toString().equalsIgnoreCase(text) ? Optional.of(uuid) : Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The id of a path (a UUID, with or without hyphens), or the 404 page. */
	public static UUID pathId(@Nullable String value, String what) {
		return uuid(value).orElseThrow(() -> new DocumentPageNotFoundException(what));
	}

}
