package fr.integrance.dpo.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import fr.integrance.breaches.BreachFacts;
import fr.integrance.breaches.BreachNature;
import fr.integrance.breaches.RiskLevel;
import fr.integrance.platform.FrenchDates;

/**
 * The forms of the breach pages, as the browser sends them: every value is kept as typed
 * (text), so that a page sent back with errors shows exactly what was entered, and
 * checked here with a French message beside each field. The texts describe an incident:
 * {@code toString} shows none of them.
 */
final class BreachForms {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 4000;

	static final int MAX_SHORT = 2000;

	static final int MAX_REFERENCE = 100;

	static final int MAX_MEANS = 1000;

	/** The value of an {@code <input type="datetime-local">}, read in Paris. */
	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private BreachForms() {
	}

	/** The description of a breach, for a new one and for a change. */
	record BreachForm(@Nullable String title, @Nullable List<String> natures, @Nullable String facts,
			@Nullable String startedAt, @Nullable String discovery, @Nullable String awareAt,
			@Nullable List<String> dataCategories, @Nullable String peopleCount, @Nullable String recordsCount,
			@Nullable String consequences, @Nullable String measuresTaken, @Nullable String measuresProposed,
			@Nullable String risk) {

		BreachForm {
			natures = natures == null ? new ArrayList<>() : new ArrayList<>(natures);
			dataCategories = dataCategories == null ? new ArrayList<>() : new ArrayList<>(dataCategories);
		}

		static BreachForm empty() {
			return new BreachForm("", List.of(), "", "", "", "", List.of(), "", "", "", "", "", "");
		}

		static BreachForm of(BreachFacts facts) {
			return new BreachForm(facts.title(), facts.natures().stream().sorted().map(Enum::name).toList(),
					facts.facts(), local(facts.startedAt()), facts.discovery(), local(facts.awareAt()),
					facts.dataCategories(), count(facts.peopleCount()), count(facts.recordsCount()),
					facts.consequences(), facts.measuresTaken(), facts.measuresProposed(), facts.risk().name());
		}

		boolean hasNature(String nature) {
			return natures != null && natures.contains(nature);
		}

		boolean hasCategory(String category) {
			return dataCategories != null && dataCategories.contains(category);
		}

		/**
		 * The facts, or null with the problems put beside the fields.
		 * @param categories the ids of the register's data categories
		 */
		@Nullable BreachFacts check(Errors errors, Set<String> categories, Instant now) {
			String title = required(errors, "title", this.title, MAX_TITLE);
			Set<BreachNature> kinds = EnumSet.noneOf(BreachNature.class);
			for (String nature : natures == null ? List.<String>of() : natures) {
				try {
					kinds.add(BreachNature.valueOf(nature));
				}
				catch (IllegalArgumentException e) {
					errors.rejectValue("natures", "breaches.error.natures.unknown");
				}
			}
			if (kinds.isEmpty() && !errors.hasFieldErrors("natures")) {
				errors.rejectValue("natures", "breaches.error.natures.required");
			}
			String facts = required(errors, "facts", this.facts, MAX_TEXT);
			Instant aware = moment(errors, "awareAt", awareAt, true);
			if (aware != null && aware.isAfter(now)) {
				errors.rejectValue("awareAt", "breaches.error.future");
				aware = null;
			}
			Instant started = moment(errors, "startedAt", startedAt, false);
			if (started != null && started.isAfter(now)) {
				errors.rejectValue("startedAt", "breaches.error.future");
			}
			else if (started != null && aware != null && started.isAfter(aware)) {
				errors.rejectValue("startedAt", "breaches.error.started.after-awareness");
			}
			String discovery = optional(errors, "discovery", this.discovery, MAX_SHORT);
			List<String> chosen = dataCategories == null ? List.of() : dataCategories.stream().distinct().toList();
			if (chosen.isEmpty()) {
				errors.rejectValue("dataCategories", "breaches.error.categories.required");
			}
			else if (!categories.containsAll(chosen)) {
				errors.rejectValue("dataCategories", "breaches.error.categories.unknown");
			}
			Integer people = count(errors, "peopleCount", peopleCount);
			Integer records = count(errors, "recordsCount", recordsCount);
			String consequences = optional(errors, "consequences", this.consequences, MAX_TEXT);
			String taken = optional(errors, "measuresTaken", this.measuresTaken, MAX_TEXT);
			String proposed = optional(errors, "measuresProposed", this.measuresProposed, MAX_TEXT);
			RiskLevel level = null;
			if (risk == null || risk.isBlank()) {
				errors.rejectValue("risk", "breaches.error.risk.required");
			}
			else {
				try {
					level = RiskLevel.valueOf(risk);
				}
				catch (IllegalArgumentException e) {
					errors.rejectValue("risk", "breaches.error.risk.required");
				}
			}
			if (errors.hasErrors() || title == null || facts == null || aware == null || level == null) {
				return null;
			}
			return new BreachFacts(title, kinds, facts, started, discovery, aware, chosen, people, records,
					consequences, taken, proposed, level);
		}

		@Override
		public String toString() {
			return "BreachForm[natures=" + natures + ", risk=" + risk + "]";
		}
	}

	/** The notification to the CNIL, or the reasons for not notifying. */
	record NotificationForm(@Nullable String decision, @Nullable String notifiedAt, @Nullable String reference,
			@Nullable String reasons) {

		static NotificationForm empty() {
			return new NotificationForm("", "", "", "");
		}

		@Override
		public String toString() {
			return "NotificationForm[decision=" + decision + "]";
		}
	}

	/** The communication to the people concerned, or why it is not needed. */
	record CommunicationForm(@Nullable String decision, @Nullable String informedOn, @Nullable String means,
			@Nullable String reasons) {

		static CommunicationForm empty() {
			return new CommunicationForm("", "", "", "");
		}

		@Override
		public String toString() {
			return "CommunicationForm[decision=" + decision + "]";
		}
	}

	static @Nullable String required(Errors errors, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "breaches.error.required");
			return null;
		}
		return limited(errors, field, value.strip(), max);
	}

	static @Nullable String optional(Errors errors, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return limited(errors, field, value.strip(), max);
	}

	private static @Nullable String limited(Errors errors, String field, String value, int max) {
		if (value.length() > max) {
			errors.rejectValue(field, "breaches.error.too-long", new Object[] { max }, null);
			return null;
		}
		return value;
	}

	/** A date and time typed in Paris (yyyy-MM-ddTHH:mm, or dd/MM/yyyy HH:mm). */
	static @Nullable Instant moment(Errors errors, String field, @Nullable String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "breaches.error.required");
			}
			return null;
		}
		String text = value.strip();
		for (DateTimeFormatter format : List.of(LOCAL, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
				DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))) {
			try {
				return LocalDateTime.parse(text, format).atZone(FrenchDates.FRANCE).toInstant();
			}
			catch (DateTimeParseException e) {
				// the next format
			}
		}
		errors.rejectValue(field, "breaches.error.moment.invalid");
		return null;
	}

	/** A date (yyyy-MM-dd, or dd/MM/yyyy). */
	static @Nullable LocalDate date(Errors errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "breaches.error.required");
			return null;
		}
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
				DateTimeFormatter.ofPattern("dd/MM/yyyy"))) {
			try {
				return LocalDate.parse(value.strip(), format);
			}
			catch (DateTimeParseException e) {
				// the next format
			}
		}
		errors.rejectValue(field, "breaches.error.date.invalid");
		return null;
	}

	/** An approximate count: a whole number, spaces allowed (« 1 200 »), or nothing. */
	static @Nullable Integer count(Errors errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.replaceAll("[\\s\\u00A0\\u202F.]", "");
		if (!digits.matches("\\d{1,9}")) {
			errors.rejectValue(field, "breaches.error.count.invalid");
			return null;
		}
		return Integer.valueOf(digits);
	}

	static String local(@Nullable Instant instant) {
		return instant == null ? "" : LOCAL.format(instant.atZone(FrenchDates.FRANCE));
	}

	static String count(@Nullable Integer count) {
		return count == null ? "" : count.toString();
	}

}
