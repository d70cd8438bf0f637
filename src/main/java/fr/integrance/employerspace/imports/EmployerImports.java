package fr.integrance.employerspace.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.InvalidTransitionException;
import fr.integrance.employerspace.Affiliate;
import fr.integrance.employerspace.AffiliateMovements;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.AffiliateSort;
import fr.integrance.employerspace.UnknownAffiliateException;
import fr.integrance.employerspace.imports.MovementFile.Line;
import fr.integrance.employerspace.imports.MovementFile.LineError;
import fr.integrance.employerspace.imports.RowMovement.Parsed;
import fr.integrance.platform.BlindIndex;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;

/**
 * The CSV import: a preview (every line read and checked, nothing applied), then the
 * application of the valid lines through {@link AffiliateMovements}, one movement at a
 * time (a refused one does not stop the others). Idempotent: a file already applied (its
 * SHA-256, per organisation) applies nothing, and a line already applied from any file
 * (its row key: a keyed digest of the organisation and the line's cells, never the cells
 * themselves) is skipped.
 */
@Service
public class EmployerImports {

	/** The most movements in one file. */
	public static final int MAX_ROWS = 10_000;

	private final AffiliateMovements movements;

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final Clock clock;

	EmployerImports(AffiliateMovements movements, JdbcClient jdbc, BlindIndex index, Clock clock) {
		this.movements = movements;
		this.jdbc = jdbc;
		this.index = index;
		this.clock = clock;
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
		jdbc.sql("INSERT INTO employer_import (id, organisation_id, file_digest, account_id, row_count, applied_count, "
				+ "rejected_count, skipped_count, imported_at) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)")
			.params(importId, organisation, preview.digest(), account, preview.lines(), Timestamp.from(clock.instant()))
			.update();
		List<LineError> errors = new ArrayList<>(preview.errors());
		int applied = 0;
		int skipped = 0;
		for (Parsed row : preview.valid()) {
			String rowKey = rowKey(organisation, row.line());
			if (rowApplied(organisation, rowKey)) {
				skipped++;
				continue;
			}
			try {
				UUID affiliation = applyOne(organisation, row);
				jdbc.sql("INSERT INTO employer_import_row (id, organisation_id, row_key, import_id, line_number, "
						+ "movement, affiliation_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
					.params(UUID.randomUUID(), organisation, rowKey, importId, row.line().number(),
							String.valueOf(row.kind()), affiliation)
					.update();
				applied++;
			}
			catch (FieldProblemsException refused) {
				for (FieldProblem problem : refused.problems()) {
					errors.add(new LineError(row.line().number(), ImportColumns.column(problem.field()),
							problem.messageKey()));
				}
			}
			catch (UnknownAffiliateException | UnknownTargetException e) {
				errors
					.add(new LineError(row.line().number(), "identifiant_affiliation", "employerimport.cell.unknown"));
			}
			catch (InvalidTransitionException e) {
				errors.add(new LineError(row.line().number(), "mouvement", "employerimport.cell.transition"));
			}
		}
		jdbc.sql("UPDATE employer_import SET applied_count = ?, rejected_count = ?, skipped_count = ? WHERE id = ?")
			.params(applied, (int) errors.stream().map(LineError::line).distinct().count(), skipped, importId)
			.update();
		errors.sort(java.util.Comparator.comparingInt(LineError::line));
		return new Outcome(applied, skipped, errors, false);
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

	private boolean rowApplied(UUID organisation, String rowKey) {
		return jdbc.sql("SELECT COUNT(*) FROM employer_import_row WHERE organisation_id = ? AND row_key = ?")
			.params(organisation, rowKey)
			.query(Long.class)
			.single() > 0;
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
