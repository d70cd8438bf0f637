package fr.integrance.requests.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Tags;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.integrance.platform.BusinessGauge;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.RequestType;

/**
 * The cases, by request type and state (every combination, 0 included): the back office's
 * workload at a glance.
 */
@Component
@RequiredArgsConstructor
class CaseGauge implements BusinessGauge {

	private final JdbcTemplate jdbc;

	@Override
	public String name() {
		return "requests.cases";
	}

	@Override
	public String description() {
		return "Cases by request type and state";
	}

	@Override
	public Map<Tags, Number> measure() {
		Map<Tags, Number> counts = new LinkedHashMap<>();
		for (RequestType type : RequestType.values()) {
			for (RequestStatus status : RequestStatus.values()) {
				counts.put(Tags.of("type", type.name(), "state", status.name()), 0L);
			}
		}
		jdbc.query("SELECT request_type, status, COUNT(*) FROM request_case GROUP BY request_type, status", row -> {
			counts.put(Tags.of("type", row.getString(1), "state", row.getString(2)), row.getLong(3));
		});
		return counts;
	}

}
