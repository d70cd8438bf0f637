package fr.integrance.dpo.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.integrance.breaches.BreachDetails;
import fr.integrance.breaches.BreachFacts;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The breach register as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that
 * Excel reads the accents), {@code ;} between cells (the French list separator), CRLF
 * between lines, a cell quoted when it holds a separator, a quote or a line break. A cell
 * that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a
 * carriage return) is written with a leading apostrophe, so that a text typed into a form
 * can never run in the DPO's spreadsheet.
 */
@Component
@RequiredArgsConstructor
class BreachCsv {

	static final char BOM = '\uFEFF';

	static final char SEPARATOR = ';';

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final List<String> COLUMNS = List.of("reference", "title", "natures", "status", "aware-at",
			"deadline", "clock", "started-at", "discovery", "facts", "categories", "people", "records", "consequences",
			"measures-taken", "measures-proposed", "risk", "notified-at", "cnil-reference", "no-notification",
			"informed-on", "informed-means", "no-communication", "recorded-by", "recorded-at", "updated-by",
			"updated-at", "closed-at");

	private final MessageSource messages;

	private final ProcessingRegister register;

	String render(List<BreachDetails> breaches, Locale locale) {
		Map<String, String> categories = register.current()
			.dataCategories()
			.stream()
			.collect(Collectors.toMap(Register.DataCategory::id, c -> Register.text(c.label(), c.labelEn(), locale)));
		StringBuilder out = new StringBuilder().append(BOM);
		line(out, COLUMNS.stream().map(c -> text("breaches.csv." + c, locale)).toList());
		for (BreachDetails b : breaches) {
			BreachFacts f = b.facts();
			List<@Nullable String> cells = new ArrayList<>();
			cells.add(b.reference());
			cells.add(f.title());
			cells.add(f.natures()
				.stream()
				.sorted()
				.map(n -> text("breaches.nature." + n, locale))
				.collect(Collectors.joining(", ")));
			cells.add(text("breaches.status." + b.status(), locale));
			cells.add(moment(f.awareAt()));
			cells.add(moment(b.clock().deadline()));
			cells.add(text("breaches.clock." + b.clock().state(), locale, b.clock().hours(), b.clock().minutes()));
			cells.add(moment(f.startedAt()));
			cells.add(f.discovery());
			cells.add(f.facts());
			cells.add(f.dataCategories()
				.stream()
				.map(id -> categories.getOrDefault(id, id))
				.collect(Collectors.joining(", ")));
			cells.add(f.peopleCount() == null ? null : f.peopleCount().toString());
			cells.add(f.recordsCount() == null ? null : f.recordsCount().toString());
			cells.add(f.consequences());
			cells.add(f.measuresTaken());
			cells.add(f.measuresProposed());
			cells.add(text("breaches.risk." + f.risk(), locale));
			cells.add(moment(b.cnilNotifiedAt()));
			cells.add(b.cnilReference());
			cells.add(b.noNotificationReasons());
			cells.add(day(b.peopleInformedOn()));
			cells.add(b.peopleInformedMeans());
			cells.add(b.noCommunicationReasons());
			cells.add(b.recordedBy());
			cells.add(moment(b.recordedAt()));
			cells.add(b.updatedBy());
			cells.add(moment(b.updatedAt()));
			cells.add(moment(b.closedAt()));
			line(out, cells);
		}
		return out.toString();
	}

	private static void line(StringBuilder out, List<@Nullable String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(SEPARATOR);
			}
			out.append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	/**
	 * One cell as written: defused when a spreadsheet would read it as a formula, then
	 * quoted when needed.
	 */
	static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			text = "'" + text;
		}
		if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| text.indexOf(',') >= 0) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static @Nullable String moment(@Nullable Instant instant) {
		return instant == null ? null : MOMENT.format(instant.atZone(FrenchDates.FRANCE));
	}

	private static @Nullable String day(@Nullable LocalDate date) {
		return date == null ? null : DAY.format(date);
	}

}
