package fr.integrance.documents;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.TextValue;

/**
 * The rules of the free texts of a document space ({@link FolderName},
 * {@link DocumentTitle}, {@link DocumentDescription}, {@link CommentText}): trimmed; no
 * control character (but line breaks in a text of several lines), no direction override
 * (a name that would show as another); bounded length. The message keys are those of the
 * {@code i18n/documents} bundle: {@code <prefix>.required}, {@code <prefix>.invalid},
 * {@code <prefix>.too-long}.
 */
public abstract class DocumentText extends TextValue {

	/** Controls but tab, line feed and carriage return; and bidirectional overrides. */
	private static final Pattern FORBIDDEN_MULTILINE = Pattern
		.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

	private static final Pattern FORBIDDEN_LINE = Pattern
		.compile("\\p{Cntrl}|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u2028\\u2029]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	protected DocumentText(String value) {
		super(value);
	}

	/**
	 * One line: inner runs of spaces collapsed.
	 * @throws InvalidValueException {@code prefix.required}, {@code prefix.invalid},
	 * {@code prefix.too-long}
	 */
	protected static String line(@Nullable String input, int maxLength, String prefix) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException(prefix + ".required");
		}
		if (FORBIDDEN_LINE.matcher(input).find()) {
			throw new InvalidValueException(prefix + ".invalid");
		}
		String value = SPACES.matcher(input.strip()).replaceAll(" ");
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw new InvalidValueException(prefix + ".too-long");
		}
		return value;
	}

	/**
	 * Several lines, kept as written (trimmed; line breaks as {@code \n}).
	 * @throws InvalidValueException {@code prefix.required}, {@code prefix.invalid},
	 * {@code prefix.too-long}
	 */
	protected static String text(@Nullable String input, int maxLength, String prefix) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException(prefix + ".required");
		}
		if (FORBIDDEN_MULTILINE.matcher(input).find()) {
			throw new InvalidValueException(prefix + ".invalid");
		}
		String value = input.strip().replace("\r\n", "\n").replace('\r', '\n');
		if (value.codePointCount(0, value.length()) > maxLength) {
			throw new InvalidValueException(prefix + ".too-long");
		}
		return value;
	}

}
