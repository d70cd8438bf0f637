package fr.integrance.platform;

import java.util.Map;

import io.micrometer.core.instrument.Tags;

/**
 * A business figure worth watching in production (cases by type and state, rights
 * requests by deadline, the mail backlog…), published as one gauge per tag combination on
 * the Prometheus endpoint. Implementations are Spring beans measured by the platform's
 * scheduler on a schedule, never on the scrape: a scrape costs no query, and a figure is
 * at most one refresh period old. Values are counts or durations, never personal data;
 * tags are closed vocabularies (a type, a state, a rule id).
 */
public interface BusinessGauge {

	/** The metric's name, dotted, prefixed by the module: {@code requests.cases}. */
	String name();

	/** What the figure means, for the scrape's HELP line. */
	String description();

	/** The unit of the values ({@code null} for a count), e.g. {@code seconds}. */
	default String baseUnit() {
		return "";
	}

	/**
	 * The current values, one per tag combination; a combination absent now and present
	 * before is reported 0 until the next start.
	 */
	Map<Tags, Number> measure();

}
