package fr.integrance.dpo.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.integrance.audit.JournalQuery;
import fr.integrance.platform.FrenchDates;

/**
 * The journal page's filters as typed (kept as typed, to show them back beside their
 * error) and their reading into a {@link JournalQuery}. A subject is a stored reference
 * ({@code PERSON:…}, {@code ACCOUNT:…}, {@code VISITOR:…}, {@code EMAIL:…}; never an
 * e-mail address, which would travel in the page's URL: the consents page turns one into
 * its reference); an actor is a stored reference or an account id; a period is two days,
 * French ({@code 31/01/2026}) or ISO, the second included.
 *
 * @param sujet the data subject
 * @param acteur who acted
 * @param type the action code
 * @param du the first day
 * @param au the last day
 */
record JournalFilter(@Nullable String sujet, @Nullable String acteur, @Nullable String type, @Nullable String du,
		@Nullable String au) {

	static final int PAGE_SIZE = 50;

	private static final Pattern SUBJECT = Pattern.compile("(PERSON|ACCOUNT|VISITOR|EMAIL):[A-Za-z0-9_.-]{1,90}");

	private static final Pattern ACTOR = Pattern.compile("ANONYMOUS|(ACCOUNT|SYSTEM):[A-Za-z0-9:_.-]{1,90}");

	private static final Pattern UUID_SHAPE = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern ACTION = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

	private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHORT_FRENCH_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** The filters read, or the message key of each field in error (field → key). */
	sealed interface Reading permits Valid, Invalid {

	}

	record Valid(JournalQuery query) implements Reading {
	}

	record Invalid(Map<String, String> errors) implements Reading {
	}

	boolean isEmpty() {
		return blank(sujet) && blank(acteur) && blank(type) && blank(du) && blank(au);
	}

	/** The filters as the page's links carry them (the subject as its stored form). */
	JournalFilter forLinks() {
		return new JournalFilter(subjectRef().orElse(sujet), acteur, type, du, au);
	}

	Reading read(@Nullable Long before) {
		Map<String, String> errors = new LinkedHashMap<>();
		String subject = null;
		if (!blank(sujet)) {
			subject = subjectRef().orElse(null);
			if (subject == null) {
				errors.put("sujet", "dpo.journal.error.subject");
			}
		}
		String actor = null;
		String typedActor = trimmed(acteur);
		if (typedActor != null) {
			String typed = typedActor;
			if (UUID_SHAPE.matcher(typed).matches()) {
				actor = "ACCOUNT:" + typed.toLowerCase(java.util.Locale.ROOT);
			}
			else if (ACTOR.matcher(typed).matches()) {
				actor = typed;
			}
			else {
				errors.put("acteur", "dpo.journal.error.actor");
			}
		}
		String action = null;
		String typedAction = trimmed(type);
		if (typedAction != null) {
			String typed = typedAction;
			if (typed.length() <= 100 && ACTION.matcher(typed).matches()) {
				action = typed;
			}
			else {
				errors.put("type", "dpo.journal.error.kind");
			}
		}
		LocalDate first = null;
		String typedFirst = trimmed(du);
		if (typedFirst != null) {
			first = day(typedFirst).orElse(null);
			if (first == null) {
				errors.put("du", "dpo.journal.error.date");
			}
		}
		LocalDate last = null;
		String typedLast = trimmed(au);
		if (typedLast != null) {
			last = day(typedLast).orElse(null);
			if (last == null) {
				errors.put("au", "dpo.journal.error.date");
			}
		}
		if (first != null && last != null && last.isBefore(first)) {
			errors.put("au", "dpo.journal.error.period");
		}
		if (!errors.isEmpty()) {
			return new Invalid(errors);
		}
		Instant from = first == null ? null : first.atStartOfDay(FrenchDates.FRANCE).toInstant();
		Instant until = last == null ? null : last.plusDays(1).atStartOfDay(FrenchDates.FRANCE).toInstant();
		return new Valid(new JournalQuery(subject, actor, action, from, until, before, PAGE_SIZE));
	}

	private Optional<String> subjectRef() {
		String typed = trimmed(sujet);
		if (typed == null) {
			return Optional.empty();
		}
		if (!SUBJECT.matcher(typed).matches()) {
			return Optional.empty();
		}
		if (typed.startsWith("VISITOR:") && !UUID_SHAPE.matcher(typed.substring("VISITOR:".length())).matches()) {
			return Optional.empty();
		}
		return Optional.of(typed);
	}

	static Optional<LocalDate> day(String typed) {
		for (DateTimeFormatter format : List.of(FRENCH_DAY, SHORT_FRENCH_DAY, ISO_DAY)) {
			try {
				return Optional.of(LocalDate.parse(typed.strip(), format));
			}
			catch (DateTimeParseException notThisFormat) {
				// the next format
			}
		}
		return Optional.empty();
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
