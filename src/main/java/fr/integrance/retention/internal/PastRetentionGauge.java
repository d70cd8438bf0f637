package fr.integrance.retention.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Tags;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.integrance.platform.BusinessGauge;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * Records past their retention date, by register retention rule (every rule, 0 included):
 * the clocks that ended before today and still name a record. Must fall to 0 after each
 * sweep; a figure that stays up means the register promises what the machine does not do.
 */
@Component
@RequiredArgsConstructor
class PastRetentionGauge implements BusinessGauge {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ProcessingRegister register;

	@Override
	public String name() {
		return "retention.records.past";
	}

	@Override
	public String description() {
		return "Records past their retention date, by retention rule";
	}

	@Override
	public Map<Tags, Number> measure() {
		LocalDate today = FrenchDates.today(clock);
		Map<Tags, Number> counts = new LinkedHashMap<>();
		for (Register.RetentionRule rule : register.current().retentionRules()) {
			counts.put(Tags.of("rule", rule.id()), 0L);
		}
		jdbc.query("SELECT rule_id, COUNT(*) FROM retention_clock WHERE ends_on < ? GROUP BY rule_id", row -> {
			counts.put(Tags.of("rule", row.getString(1)), row.getLong(2));
		}, Date.valueOf(today));
		return counts;
	}

}
