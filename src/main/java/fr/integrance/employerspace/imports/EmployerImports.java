package fr.integrance.employerspace.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.employerspace.Affiliate;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.AffiliateSort;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.employerspace.UnknownAffiliateException;
import fr.integrance.employerspace.imports.MovementFile.Line;
import fr.integrance.employerspace.imports.MovementFile.LineError;
import fr.integrance.employerspace.imports.RowMovement.Parsed;
import fr.integrance.platform.BlindIndex;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;

/**
 * The CSV import: a preview (every line read and checked, nothing applied), then the
 * application of the valid lines through {@link AffiliateMovements}, in transactions of
 * {@value #CHUNK} lines; a chunk where one line is refused is undone and applied line by
 * line (a refused line does not stop the others). Idempotent: a file already applied (its
 * SHA-256, per organisation) applies nothing, and a line already applied from any file
 * (its row key: a keyed digest of the organisation and the line's cells, never the cells
 * themselves) is skipped.
 */
@Service
public class EmployerImports {

	/** Lines applied per transaction. */
	static final int CHUNK = 100;

	/** Row keys looked up per query. */
	private static final int KEY_LOOKUP = 500;

	/** The most movements in one file. */
	public static final int MAX_ROWS = 10_000;

	private final AffiliateMovements movements;

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final JdbcTemplate batch;

	private final EntityManager entityManager;

	EmployerImports(AffiliateMovements movements, JdbcClient jdbc, JdbcTemplate batch, EntityManager entityManager,
			BlindIndex index, Clock clock, PlatformTransactionManager transactionManager) {
		this.movements = movements;
		this.jdbc = jdbc;
		this.batch = batch;
		this.entityManager = entityManager;
		this.index = index;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What a file holds, as the preview shows it. */
	record Preview(String digest, int lines, List<Parsed> valid, List<LineError> errors,
			java.time.@Nullable Instant alreadyImportedAt) {
	}

	/** What an application did. */
	record Outcome(int applied, int skipped, List<LineError> errors, boolean alreadyImported) {
	}

	Preview preview(UUID organisation, byte[] content) throws MovementFile.RefusedFileException {
		String digest = MovementFile.digest(content);
		List<Parsed> parsed = MovementFile.lines(MovementFile.text(content), MAX_ROWS)
			.stream()
			.map(RowMovement::parse)
			.toList();
		List<LineError> errors = new ArrayList<>();
		parsed.forEach(line -> errors.addAll(line.errors()));
		return new Preview(digest, parsed.size(), parsed.stream().filter(Parsed::valid).toList(), errors,
				importedAt(organisation, digest));
	}

	Outcome apply(UUID organisation, UUID account, byte[] content) throws MovementFile.RefusedFileException {
		Preview preview = preview(organisation, content);
		if (preview.alreadyImportedAt() != null) {
			return new Outcome(0, preview.valid().size(), preview.errors(), true);
		}
		UUID importId = UUID.randomUUID();
		try {
			jdbc.sql("INSERT INTO employer_import (id, organisation_id, file_digest, account_id, row_count, "
					+ "applied_count, rejected_count, skipped_count, imported_at) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)")
				.params(importId, organisation, preview.digest(), account, preview.lines(),
						Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException sameFileMeanwhile) {
			// The same file applied at the same moment (a second tab, a double click).
			return new Outcome(0, preview.valid().size(), preview.errors(), true);
		}
		List<LineError> errors = new ArrayList<>(preview.errors());
		List<Keyed> keyed = new ArrayList<>();
		for (Parsed row : preview.valid()) {
			keyed.add(new Keyed(row, rowKey(organisation, row.line())));
		}
		Set<String> applied = appliedKeys(organisation, keyed.stream().map(Keyed::rowKey).toList());
		Set<String> seen = new HashSet<>();
		List<Keyed> toApply = new ArrayList<>();
		int skipped = 0;
		for (Keyed line : keyed) {
			if (!seen.add(line.rowKey()) || applied.contains(line.rowKey())) {
				skipped++;
			}
			else {
				toApply.add(line);
			}
		}
		int appliedCount = 0;
		for (int from = 0; from < toApply.size(); from += CHUNK) {
			List<Keyed> chunk = toApply.subList(from, Math.min(toApply.size(), from + CHUNK));
			try {
				// The movements and their row keys in one transaction: a line is applied
				// exactly when its key is stored.
				transactions.executeWithoutResult(status -> recordChunk(organisation, importId, chunk));
				appliedCount += chunk.size();
			}
			catch (RuntimeException oneRefused) {
				// Undone as a whole: each line again on its own, the good ones applied.
				for (Keyed line : chunk) {
					switch (applyAlone(organisation, importId, line, errors)) {
						case APPLIED -> appliedCount++;
						case SKIPPED -> skipped++;
						case REFUSED -> {
						}
					}
				}
			}
		}
		jdbc.sql("UPDATE employer_import SET applied_count = ?, rejected_count = ?, skipped_count = ? WHERE id = ?")
			.params(appliedCount, (int) errors.stream().map(LineError::line).distinct().count(), skipped, importId)
			.update();
		errors.sort(java.util.Comparator.comparingInt(LineError::line));
		return new Outcome(appliedCount, skipped, errors, false);
	}

	/** A line to apply and its row key. */
	private record Keyed(Parsed row, String rowKey) {
	}

	private enum LineOutcome {

		APPLIED, SKIPPED, REFUSED

	}

	/**
	 * A chunk in the current transaction: a chunk of enrolments only through
	 * {@link AffiliateMovements#enrolAll} (the contracts read once, one blind-index
	 * lookup, the rows and the journal entries written together), any other line by line;
	 * then the row keys in one batch.
	 */
	private void recordChunk(UUID organisation, UUID importId, List<Keyed> chunk) {
		// The inserts of the chunk's people, affiliations and history sent in batches.
		entityManager.unwrap(Session.class).setJdbcBatchSize(CHUNK);
		List<Enrolment> enrolments = new ArrayList<>(chunk.size());
		for (Keyed keyed : chunk) {
			Enrolment enrolment = keyed.row().kind() == RowMovement.Kind.INSCRIPTION ? keyed.row().enrolment() : null;
			if (enrolment == null) {
				break;
			}
			enrolments.add(enrolment);
		}
		List<UUID> affiliations = new ArrayList<>(chunk.size());
		if (enrolments.size() == chunk.size()) {
			movements.enrolAll(organisation, enrolments).forEach(id -> affiliations.add(id.value()));
		}
		else {
			chunk.forEach(keyed -> affiliations.add(applyOne(organisation, keyed.row())));
		}
		List<Object[]> rows = new ArrayList<>(chunk.size());
		for (int i = 0; i < chunk.size(); i++) {
			Keyed keyed = chunk.get(i);
			rows.add(new Object[] { UUID.randomUUID(), organisation, keyed.rowKey(), importId,
					keyed.row().line().number(), String.valueOf(keyed.row().kind()), affiliations.get(i) });
		}
		batch.batchUpdate(INSERT_ROW, rows);
	}

	private static final String INSERT_ROW = "INSERT INTO employer_import_row (id, organisation_id, row_key, "
			+ "import_id, line_number, movement, affiliation_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

	private void record(UUID organisation, UUID importId, Keyed keyed) {
		UUID affiliation = applyOne(organisation, keyed.row());
		jdbc.sql(INSERT_ROW)
			.params(UUID.randomUUID(), organisation, keyed.rowKey(), importId, keyed.row().line().number(),
					String.valueOf(keyed.row().kind()), affiliation)
			.update();
	}

	/** One line in its own transaction; its problems, if any, added to {@code errors}. */
	private LineOutcome applyAlone(UUID organisation, UUID importId, Keyed keyed, List<LineError> errors) {
		int line = keyed.row().line().number();
		try {
			transactions.executeWithoutResult(status -> record(organisation, importId, keyed));
			return LineOutcome.APPLIED;
		}
		catch (DuplicateKeyException sameLineMeanwhile) {
			return LineOutcome.SKIPPED;
		}
		catch (FieldProblemsException refused) {
			for (FieldProblem problem : refused.problems()) {
				errors.add(new LineError(line, ImportColumns.column(problem.field()), problem.messageKey()));
			}
		}
		catch (UnknownAffiliateException | UnknownTargetException e) {
			errors.add(new LineError(line, "identifiant_affiliation", "employerimport.cell.unknown"));
		}
		catch (InvalidTransitionException e) {
			errors.add(new LineError(line, "mouvement", "employerimport.cell.transition"));
		}
		catch (DataIntegrityViolationException e) {
			errors.add(new LineError(line, "", "employerimport.cell.stored"));
		}
		return LineOutcome.REFUSED;
	}

	private UUID applyOne(UUID organisation, Parsed row) {
		RowMovement.Kind kind = row.kind();
		if (kind == null) {
			throw new UnknownTargetException();
		}
		return switch (kind) {
			case INSCRIPTION -> {
				var enrolment = row.enrolment();
				if (enrolment == null) {
					throw new UnknownTargetException();
				}
				Affiliate affiliate = movements.enrol(organisation, enrolment);
				yield affiliate.affiliation().id().value();
			}
			case RADIATION -> {
				AffiliationId id = target(organisation, row.target());
				LocalDate lastDay = row.lastDay();
				var reason = row.reason();
				if (lastDay == null || reason == null) {
					throw new UnknownTargetException();
				}
				yield movements.terminate(organisation, id, lastDay, reason).affiliation().id().value();
			}
			case MODIFICATION -> {
				AffiliationId id = target(organisation, row.target());
				var modification = row.modification();
				if (modification == null) {
					throw new UnknownTargetException();
				}
				yield movements.modify(organisation, id, modification).affiliation().id().value();
			}
		};
	}

	private AffiliationId target(UUID organisation, RowMovement.@Nullable Target target) {
		if (target == null) {
			throw new UnknownTargetException();
		}
		if (target.affiliationId() != null) {
			return new AffiliationId(target.affiliationId());
		}
		String nir = target.nir();
		if (nir == null) {
			throw new UnknownTargetException();
		}
		return movements
			.search(organisation, new AffiliateQuery(null, null, nir, null, null, AffiliateSort.START_DATE, true, 0, 2))
			.rows()
			.stream()
			.findFirst()
			.map(row -> row.id())
			.orElseThrow(UnknownTargetException::new);
	}

	private java.time.@Nullable Instant importedAt(UUID organisation, String digest) {
		Optional<Timestamp> at = jdbc
			.sql("SELECT imported_at FROM employer_import WHERE organisation_id = ? AND file_digest = ?")
			.params(organisation, digest)
			.query(Timestamp.class)
			.optional();
		return at.map(Timestamp::toInstant).orElse(null);
	}

	/** The keys among {@code rowKeys} already applied, looked up by slices. */
	private Set<String> appliedKeys(UUID organisation, List<String> rowKeys) {
		Set<String> applied = new HashSet<>();
		for (int from = 0; from < rowKeys.size(); from += KEY_LOOKUP) {
			applied.addAll(jdbc
				.sql("SELECT row_key FROM employer_import_row WHERE organisation_id = :organisation "
						+ "AND row_key IN (:keys)")
				.param("organisation", organisation)
				.param("keys", rowKeys.subList(from, Math.min(rowKeys.size(), from + KEY_LOOKUP)))
				.query(String.class)
				.list());
		}
		return applied;
	}

	/** A keyed digest of the organisation and the line's cells (not its number). */
	String rowKey(UUID organisation, Line line) {
		StringBuilder canonical = new StringBuilder(organisation.toString());
		MovementFile.COLUMNS.forEach(column -> canonical.append('\u001f').append(line.cell(column)));
		return index.of("employer-import.row", canonical.toString());
	}

	/** The termination or modification names no affiliate of the organisation. */
	static final class UnknownTargetException extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
