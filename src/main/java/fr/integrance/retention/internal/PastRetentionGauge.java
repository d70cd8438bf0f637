package fr.integrance.retention.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Tags;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.platform.BusinessGauge;

/**
 * Records past their retention date, by register retention rule (every rule, 0 included):
 * the clocks that ended before today, still name a record and no legal hold suspends.
 * Must fall to 0 after each sweep; a figure that stays up means the register promises
 * what the machine does not do. The held ones are the DPO console's to show.
 */
@Component
@RequiredArgsConstructor
class PastRetentionGauge implements BusinessGauge {

	private final SweepEngine engine;

	@Override
	public String name() {
		return "retention.records.past";
	}

	@Override
	public String description() {
		return "Records past their retention date and not held, by retention rule";
	}

	@Override
	public Map<Tags, Number> measure() {
		Map<Tags, Number> counts = new LinkedHashMap<>();
		engine.pastRetention().forEach((rule, past) -> counts.put(Tags.of("rule", rule), past.due()));
		return counts;
	}

}
