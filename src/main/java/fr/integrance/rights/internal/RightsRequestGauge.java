package fr.integrance.rights.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Tags;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.integrance.platform.BusinessGauge;
import fr.integrance.platform.FrenchDates;

/**
 * The rights requests not yet answered, by how near their due date is ({@code overdue},
 * {@code within-7-days}, {@code later}): what must not slip past the one-month deadline
 * of GDPR Art. 12(3).
 */
@Component
@RequiredArgsConstructor
class RightsRequestGauge implements BusinessGauge {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Override
	public String name() {
		return "rights.requests.open";
	}

	@Override
	public String description() {
		return "Rights requests not yet answered, by deadline";
	}

	@Override
	public Map<Tags, Number> measure() {
		LocalDate today = FrenchDates.today(clock);
		Map<Tags, Number> counts = new LinkedHashMap<>();
		for (String deadline : List.of("overdue", "within-7-days", "later")) {
			counts.put(Tags.of("deadline", deadline), 0L);
		}
		// GROUP BY the column's position: PostgreSQL does not take two placeholders of
		// the
		// same CASE as the same expression.
		jdbc.query("""
				SELECT CASE WHEN due_date < ? THEN 'overdue' WHEN due_date <= ? THEN 'within-7-days' ELSE 'later' END,
				       COUNT(*)
				FROM rights_request
				WHERE status NOT IN ('ANSWERED', 'REFUSED')
				GROUP BY 1
				""", row -> {
			counts.put(Tags.of("deadline", row.getString(1)), row.getLong(2));
		}, Date.valueOf(today), Date.valueOf(today.plusDays(7)));
		return counts;
	}

}
