package fr.integrance.retention.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.CaseSenders;
import fr.integrance.retention.RetainedRecord;
import fr.integrance.retention.RetentionSweeps.DryRun;
import fr.integrance.retention.RetentionSweeps.Past;
import fr.integrance.retention.RetentionSweeps.Sweep;

/**
 * The sweep's work: the clocks run out ({@code ends_on} before today, French time) and
 * not held, read in batches ({@value #BATCH} by default) in their end order, each batch
 * ended in one short transaction that deletes its clocks, erases or anonymises each
 * subject through the privacy SPI ({@link PersonalDataProviders#eraseOrAnonymise}, the
 * very call of an erasure request: each module decides row by row, documents are
 * crypto-shredded by their module), adds to the sweep's counts once and journals each
 * subject, all or nothing. A batch that fails is rolled back whole and its clocks are
 * ended again one per transaction, so that a failing subject costs the others nothing. Up
 * to {@value #THREADS} batches run side by side (a subject's clocks always in the same
 * batch), their transactions taking the sweep's row, then the audit chain's head, in that
 * order, at their very end.
 * <p>
 * <b>Resumable.</b> The sweep's row stays RUNNING until every due clock has been gone
 * through; a crash leaves it so, and the next run resumes it (same id, counts kept,
 * {@code resumed} + 1). A clock ended is deleted in the transaction that ended it, so a
 * resumed sweep never does a subject twice, and a transaction cut by the crash is rolled
 * back whole (nothing erased, nothing counted). A clock that fails on its own is counted
 * as an error and left for the next sweep.
 */
@Component
class SweepEngine {

	/**
	 * Clocks ended per transaction, unless {@code app.retention.sweep-batch} says
	 * otherwise.
	 */
	static final int BATCH = 50;

	/**
	 * Batches ended side by side, each in its own transaction on its own connection,
	 * unless {@code app.retention.sweep-threads} says otherwise: the sweep's time goes in
	 * round trips to the database, which several connections overlap.
	 */
	static final int THREADS = 4;

	private static final Logger log = LoggerFactory.getLogger(SweepEngine.class);

	private static final String DUE = "c.ends_on < ? AND NOT EXISTS (SELECT 1 FROM retention_hold h"
			+ " WHERE h.subject_kind = c.subject_kind AND h.subject_id = c.subject_id AND "
			+ JdbcRetentionHolds.IN_FORCE + ")";

	private static final String HELD = "c.ends_on < ? AND EXISTS (SELECT 1 FROM retention_hold h"
			+ " WHERE h.subject_kind = c.subject_kind AND h.subject_id = c.subject_id AND "
			+ JdbcRetentionHolds.IN_FORCE + ")";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PersonalDataProviders providers;

	private final CaseSenders senders;

	private final AuditJournal journal;

	private final ProcessingRegister register;

	private final Clock clock;

	private final int batchSize;

	private final int threads;

	SweepEngine(JdbcTemplate jdbc, PlatformTransactionManager transactions, PersonalDataProviders providers,
			CaseSenders senders, AuditJournal journal, ProcessingRegister register, Clock clock,
			@Value("${app.retention.sweep-batch:" + BATCH + "}") int batch,
			@Value("${app.retention.sweep-threads:" + THREADS + "}") int threads) {
		if (batch < 1 || threads < 1) {
			throw new IllegalArgumentException("app.retention.sweep-batch and -threads must be at least 1");
		}
		this.batchSize = batch;
		this.threads = threads;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.providers = providers;
		this.senders = senders;
		this.journal = journal;
		this.register = register;
		this.clock = clock;
	}

	/** A clock due, as the sweep reads it (no personal data). */
	record Due(String kind, UUID record, String rule, String subjectKind, String subjectId, @Nullable UUID via) {

		String key() {
			return kind + "#" + record + "/" + rule;
		}

	}

	/**
	 * Sweeps (or resumes the sweep left RUNNING), stopping after {@code stopAfter} clocks
	 * when it is not negative: what a crash between two transactions leaves.
	 */
	UUID run(int stopAfter) {
		LocalDate today = FrenchDates.today(clock);
		UUID sweep = Optional.ofNullable(transactions.execute(status -> open(today))).orElseThrow();
		Set<String> failed = ConcurrentHashMap.newKeySet();
		int done = 0;
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		try {
			while (true) {
				int room = stopAfter < 0 ? batchSize * threads : Math.min(batchSize * threads, stopAfter - done);
				if (room <= 0) {
					return sweep;
				}
				List<Due> clocks = due(today, room + failed.size()).stream()
					.filter(due -> !failed.contains(due.key()))
					.limit(room)
					.toList();
				if (clocks.isEmpty()) {
					break;
				}
				List<List<Due>> batches = batches(clocks);
				if (batches.size() == 1) {
					endBatch(sweep, batches.get(0), failed);
				}
				else {
					CompletableFuture
						.allOf(batches.stream()
							.map(batch -> CompletableFuture.runAsync(() -> endBatch(sweep, batch, failed), workers))
							.toArray(CompletableFuture[]::new))
						.join();
				}
				done += clocks.size();
			}
		}
		finally {
			workers.shutdown();
		}
		transactions.executeWithoutResult(
				status -> jdbc.update("UPDATE retention_sweep SET status = 'DONE', finished_at = ? WHERE id = ?",
						Timestamp.from(clock.instant()), sweep));
		log.info("Retention sweep {}: {} clock(s) gone through, {} error(s)", sweep, done, failed.size());
		return sweep;
	}

	/**
	 * The clocks read, in batches of at most {@link #batchSize} for as many workers: all
	 * the clocks of one subject in the same batch, so that two transactions running side
	 * by side never end the same subject (and never wait for each other's rows).
	 */
	private List<List<Due>> batches(List<Due> clocks) {
		int count = Math.max(1, (clocks.size() + batchSize - 1) / batchSize);
		List<List<Due>> batches = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			batches.add(new ArrayList<>());
		}
		for (Due due : clocks) {
			batches.get(Math.floorMod((due.subjectKind() + ":" + due.subjectId()).hashCode(), count)).add(due);
		}
		return batches.stream().filter(batch -> !batch.isEmpty()).toList();
	}

	/**
	 * Ends a batch in one transaction; when it fails, ends each of its clocks again in a
	 * transaction of its own.
	 */
	private void endBatch(UUID sweep, List<Due> clocks, Set<String> failed) {
		try {
			transactions.executeWithoutResult(status -> end(sweep, clocks));
		}
		catch (RuntimeException ex) {
			if (clocks.size() == 1) {
				failed(sweep, clocks.get(0), failed, ex);
				return;
			}
			// The batch was rolled back whole: nothing of it is erased, counted or
			// journaled. Each of its clocks again, in a transaction of its own, so that
			// the failing one costs the others nothing.
			log.info("Retention sweep {}: a batch of {} failed, retried clock by clock", sweep, clocks.size());
			for (Due due : clocks) {
				try {
					transactions.executeWithoutResult(status -> end(sweep, List.of(due)));
				}
				catch (RuntimeException single) {
					failed(sweep, due, failed, single);
				}
			}
		}
	}

	private void failed(UUID sweep, Due due, Set<String> failed, RuntimeException ex) {
		failed.add(due.key());
		log.warn("Retention sweep {}: the clock {} of rule {} could not be ended ({})", sweep, due.kind(), due.rule(),
				ex.getClass().getSimpleName(), ex);
		transactions.executeWithoutResult(status -> {
			// The sweep's row first, as in end(): the lock order of every transaction.
			jdbc.update("UPDATE retention_sweep SET errors = errors + 1 WHERE id = ?", sweep);
			add(sweep, due.rule(), "-", "ERROR", 1);
		});
	}

	private UUID open(LocalDate today) {
		List<UUID> running = jdbc.queryForList(
				"SELECT id FROM retention_sweep WHERE status = 'RUNNING' ORDER BY started_at LIMIT 1", UUID.class);
		if (!running.isEmpty()) {
			jdbc.update("UPDATE retention_sweep SET resumed = resumed + 1, as_of = ? WHERE id = ?", Date.valueOf(today),
					running.get(0));
			return running.get(0);
		}
		UUID id = UUID.randomUUID();
		jdbc.update("INSERT INTO retention_sweep (id, status, as_of, started_at) VALUES (?, 'RUNNING', ?, ?)", id,
				Date.valueOf(today), Timestamp.from(clock.instant()));
		return id;
	}

	List<Due> due(LocalDate today, int limit) {
		return jdbc.query(
				"SELECT c.record_kind, c.record_id, c.rule_id, c.subject_kind, c.subject_id, c.via_record"
						+ " FROM retention_clock c WHERE " + DUE
						+ " ORDER BY c.ends_on, c.record_kind, c.record_id, c.rule_id LIMIT ?",
				(row, i) -> new Due(row.getString(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
						row.getString(5), row.getObject(6, UUID.class)),
				Date.valueOf(today), Date.valueOf(today), limit);
	}

	/**
	 * Ends a batch of clocks in the caller's transaction: the clocks deleted first (a
	 * clock already gone, its subject ended through another of its clocks, is left), then
	 * the subjects found (a prospect's from its case, all the batch's cases in one query)
	 * and their data erased or anonymised through the SPI for the whole batch at once
	 * ({@link PersonalDataProviders#eraseOrAnonymiseEach}: each module asked once, a
	 * subject with two clocks in the batch once), then the counts added once for the
	 * batch, and last the journal entries, one per clock ended, in one batched append:
	 * the audit chain's head is locked from that append to the commit, which keeps that
	 * lock, which every page that reads a person's data waits for, as short as one
	 * insert.
	 */
	private void end(UUID sweep, List<Due> batch) {
		int[] gone = jdbc.batchUpdate(
				"DELETE FROM retention_clock WHERE record_kind = ? AND record_id = ? AND rule_id = ?",
				batch.stream().map(due -> new Object[] { due.kind(), due.record(), due.rule() }).toList());
		List<Due> ended = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (gone[i] > 0) {
				ended.add(batch.get(i));
			}
		}
		if (ended.isEmpty()) {
			return;
		}
		Map<Due, Optional<DataSubjectRef>> subjects = subjects(ended);
		List<DataSubjectRef> distinct = subjects.values().stream().flatMap(Optional::stream).distinct().toList();
		Map<DataSubjectRef, List<ErasureOutcome>> outcomes = distinct.isEmpty() ? Map.of()
				: providers.eraseOrAnonymiseEach(distinct);
		Set<DataSubjectRef> counted = new HashSet<>();
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		List<AuditEvent> events = new ArrayList<>();
		for (Due due : ended) {
			Optional<DataSubjectRef> subject = subjects.getOrDefault(due, Optional.empty());
			Map<String, Integer> rule = counts.computeIfAbsent(due.rule(), r -> new TreeMap<>());
			rule.merge("-/CLOCKS", 1, Integer::sum);
			// A subject's records are counted under the first of its clocks ended here.
			subject.filter(counted::add)
				.map(ref -> outcomes.getOrDefault(ref, List.of()))
				.orElse(List.of())
				.forEach(outcome -> rule.merge(outcome.module() + "/" + outcome.result().name(), 1, Integer::sum));
			AuditEvent event = AuditEvent.success(AuditActor.system(SweepJournal.ACTOR), SweepJournal.SWEPT)
				.withObject("retention-rule:" + due.rule());
			events.add(subject.map(event::withSubject).orElse(event));
		}
		// The sweep's row is locked first: the batches running side by side then add
		// their counts one after the other (a count row is inserted by the first only),
		// and take the audit chain's head after it, always in this order.
		jdbc.update("UPDATE retention_sweep SET subjects = subjects + ? WHERE id = ?", ended.size(), sweep);
		counts.forEach((rule, byResult) -> byResult.forEach((key, records) -> {
			int slash = key.indexOf('/');
			add(sweep, rule, key.substring(0, slash), key.substring(slash + 1), records);
		}));
		journal.recordAll(events);
	}

	/**
	 * The subjects of the clocks ended, as {@link #subject} finds them one by one, the
	 * prospects' cases read in one query.
	 */
	private Map<Due, Optional<DataSubjectRef>> subjects(List<Due> ended) {
		List<CaseId> cases = ended.stream()
			.filter(SweepEngine::viaCase)
			.map(Due::via)
			.filter(Objects::nonNull)
			.map(CaseId::new)
			.distinct()
			.toList();
		Map<CaseId, DataSubjectRef> senders = cases.isEmpty() ? Map.of() : this.senders.senders(cases);
		Map<Due, Optional<DataSubjectRef>> subjects = new HashMap<>();
		for (Due due : ended) {
			UUID via = due.via();
			subjects.put(due, !viaCase(due) ? subject(due)
					: Optional.ofNullable(via == null ? null : senders.get(new CaseId(via))));
		}
		return subjects;
	}

	private static boolean viaCase(Due due) {
		return DataSubjectRef.Kind.EMAIL.name().equals(due.subjectKind())
				|| RetainedRecord.Kind.PROSPECT.name().equals(due.kind());
	}

	/**
	 * The subject to end: a person as kept; a prospect known by an address's digest is
	 * asked from the case that last moved the clock (none left when it was anonymised).
	 */
	private Optional<DataSubjectRef> subject(Due due) {
		DataSubjectRef.Kind kind = DataSubjectRef.Kind.valueOf(due.subjectKind());
		if (viaCase(due)) {
			UUID via = due.via();
			return via == null ? Optional.empty() : senders.sender(new CaseId(via));
		}
		return Optional.of(new DataSubjectRef(kind, due.subjectId()));
	}

	private void add(UUID sweep, String rule, String module, String result, int records) {
		int updated = jdbc.update(
				"UPDATE retention_sweep_count SET records = records + ?"
						+ " WHERE sweep_id = ? AND rule_id = ? AND module = ? AND result = ?",
				records, sweep, rule, module, result);
		if (updated == 0) {
			jdbc.update("INSERT INTO retention_sweep_count (sweep_id, rule_id, module, result, records)"
					+ " VALUES (?, ?, ?, ?, ?)", sweep, rule, module, result, records);
		}
	}

	Map<String, Past> pastRetention() {
		LocalDate today = FrenchDates.today(clock);
		Map<String, long[]> counts = new LinkedHashMap<>();
		for (Register.RetentionRule rule : register.current().retentionRules()) {
			counts.put(rule.id(), new long[2]);
		}
		jdbc.query("SELECT c.rule_id, COUNT(*) FROM retention_clock c WHERE " + DUE + " GROUP BY c.rule_id", row -> {
			counts.computeIfAbsent(row.getString(1), r -> new long[2])[0] = row.getLong(2);
		}, Date.valueOf(today), Date.valueOf(today));
		jdbc.query("SELECT c.rule_id, COUNT(*) FROM retention_clock c WHERE " + HELD + " GROUP BY c.rule_id", row -> {
			counts.computeIfAbsent(row.getString(1), r -> new long[2])[1] = row.getLong(2);
		}, Date.valueOf(today), Date.valueOf(today));
		Map<String, Past> past = new LinkedHashMap<>();
		counts.forEach((rule, n) -> past.put(rule, new Past(n[0], n[1])));
		return past;
	}

	DryRun dryRun(int sample) {
		LocalDate today = FrenchDates.today(clock);
		Map<String, Long> byRule = new LinkedHashMap<>();
		Map<String, Long> held = new LinkedHashMap<>();
		pastRetention().forEach((rule, past) -> {
			byRule.put(rule, past.due());
			held.put(rule, past.held());
		});
		Long subjects = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT c.subject_kind, c.subject_id"
				+ " FROM retention_clock c WHERE " + DUE + ") s", Long.class, Date.valueOf(today), Date.valueOf(today));
		Map<String, Map<String, Long>> byModule = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		List<DataSubjectRef> sampled = new ArrayList<>();
		for (Due due : due(today, sample * 4)) {
			if (sampled.size() >= sample || !seen.add(due.subjectKind() + ":" + due.subjectId())) {
				continue;
			}
			subject(due).ifPresent(sampled::add);
		}
		for (DataSubjectRef subject : sampled) {
			for (ErasureOutcome outcome : providers.previewErasure(subject)) {
				byModule.computeIfAbsent(outcome.module(), m -> new TreeMap<>())
					.merge(outcome.result().name(), 1L, Long::sum);
			}
		}
		return new DryRun(today, byRule, held, byModule, subjects == null ? 0 : subjects, sampled.size());
	}

	List<Sweep> journal(int count) {
		return sweeps("SELECT * FROM retention_sweep ORDER BY started_at DESC, id LIMIT ?", count);
	}

	Optional<Sweep> sweep(UUID id) {
		return sweeps("SELECT * FROM retention_sweep WHERE id = ?", id).stream().findFirst();
	}

	private List<Sweep> sweeps(String sql, Object argument) {
		List<Sweep> sweeps = new ArrayList<>();
		jdbc.query(sql, row -> {
			Timestamp finished = row.getTimestamp("finished_at");
			UUID id = row.getObject("id", UUID.class);
			Map<String, Map<String, Integer>> counts = new TreeMap<>();
			jdbc.query("SELECT rule_id, module, result, records FROM retention_sweep_count WHERE sweep_id = ?"
					+ " ORDER BY rule_id, module, result", line -> {
						counts.computeIfAbsent(line.getString(1), r -> new TreeMap<>())
							.put(line.getString(2) + "/" + line.getString(3), line.getInt(4));
					}, id);
			sweeps.add(new Sweep(id, row.getString("status"), row.getDate("as_of").toLocalDate(),
					row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
					row.getInt("subjects"), row.getInt("errors"), row.getInt("resumed"), counts));
		}, argument);
		return sweeps;
	}

}
