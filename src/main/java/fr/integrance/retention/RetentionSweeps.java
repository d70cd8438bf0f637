package fr.integrance.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The retention sweep: every clock run out and not held ends its subject's data through
 * the privacy SPI, exactly as an erasure request would; its dry run and its journal.
 * Counts only: nothing here names a person.
 */
public interface RetentionSweeps {

	/**
	 * Sweeps now (or resumes the sweep a crash interrupted), on one node at a time.
	 * @return the sweep, or null when another node is sweeping
	 */
	@Nullable Sweep sweep();

	/**
	 * What a sweep would do now, per rule (clocks run out, and held) and per module and
	 * result, the latter from the first {@code sample} subjects due.
	 */
	DryRun dryRun(int sample);

	/** The latest sweeps, newest first. */
	List<Sweep> journal(int count);

	/**
	 * Per register rule (each one, 0 included): the records past their retention date
	 * that no hold suspends (0 after a sweep), and those a hold suspends.
	 */
	Map<String, Past> pastRetention();

	/** Records past their retention date under one rule. */
	record Past(long due, long held) {
	}

	/**
	 * @param byRule per rule: clocks run out and not held
	 * @param heldByRule per rule: clocks run out but suspended by a hold
	 * @param byModule per module, then per result (ERASED, ANONYMISED, DEFERRED, KEPT):
	 * records, from the sampled subjects
	 * @param subjects how many subjects are due
	 * @param sampled how many of them the per-module counts cover
	 */
	record DryRun(LocalDate asOf, Map<String, Long> byRule, Map<String, Long> heldByRule,
			Map<String, Map<String, Long>> byModule, long subjects, int sampled) {
	}

	/**
	 * One sweep.
	 *
	 * @param counts per rule, then per module and result ({@code -/CLOCKS} the clocks
	 * ended, {@code -/ERROR} the failures)
	 */
	record Sweep(UUID id, String status, LocalDate asOf, Instant startedAt, @Nullable Instant finishedAt, int subjects,
			int errors, int resumed, Map<String, Map<String, Integer>> counts) {

		public @Nullable Duration duration() {
			return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
		}

	}

}
