package fr.integrance.employerspace.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.contracts.TerminationReason;
import fr.integrance.employerspace.BankDetails;
import fr.integrance.employerspace.EmployeeAddress;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.employerspace.Modification;
import fr.integrance.employerspace.imports.MovementFile.Line;
import fr.integrance.employerspace.imports.MovementFile.LineError;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;

/**
 * One line read as a movement, or the problems that keep it from being one (every cell
 * checked, each problem with its column): the movement and its shape here, the business
 * rules (NIR, plan, dates…) in {@code AffiliateMovements} when it is applied.
 */
final class RowMovement {

	enum Kind {

		INSCRIPTION, RADIATION, MODIFICATION

	}

	/** The affiliate a termination or modification names: its id, or its NIR. */
	record Target(@Nullable UUID affiliationId, @Nullable String nir) {
	}

	/** The line read: kind, target and the movement, or the errors. */
	record Parsed(Line line, @Nullable Kind kind, @Nullable Target target, @Nullable Enrolment enrolment,
			@Nullable LocalDate lastDay, @Nullable TerminationReason reason, @Nullable Modification modification,
			List<LineError> errors) {

		boolean valid() {
			return errors.isEmpty();
		}

		@Override
		public String toString() {
			return "Parsed[line=" + line.number() + ", kind=" + kind + ", errors=" + errors.size() + "]";
		}

	}

	private static final Map<String, TerminationReason> REASONS = Map.of("licenciement", TerminationReason.DISMISSAL,
			"licenciement_economique", TerminationReason.ECONOMIC_DISMISSAL, "licenciement_faute_lourde",
			TerminationReason.GROSS_MISCONDUCT_DISMISSAL, "rupture_conventionnelle",
			TerminationReason.CONVENTIONAL_TERMINATION, "fin_cdd", TerminationReason.END_OF_FIXED_TERM_CONTRACT,
			"demission_legitime", TerminationReason.LEGITIMATE_RESIGNATION, "demission", TerminationReason.RESIGNATION,
			"retraite", TerminationReason.RETIREMENT, "deces", TerminationReason.DEATH, "autre",
			TerminationReason.OTHER);

	private RowMovement() {
	}

	static Parsed parse(Line line) {
		List<LineError> errors = new ArrayList<>();
		for (Map.Entry<String, String> cell : line.cells().entrySet()) {
			if (MovementFile.formula(cell.getValue())) {
				errors.add(new LineError(line.number(), cell.getKey(), "employerimport.cell.formula"));
			}
		}
		if (!errors.isEmpty()) {
			return new Parsed(line, null, null, null, null, null, null, errors);
		}
		Kind kind = enumOf(Kind.class, line.cell("mouvement"));
		if (kind == null) {
			errors.add(new LineError(line.number(), "mouvement", "employerimport.cell.movement"));
			return new Parsed(line, null, null, null, null, null, null, errors);
		}
		Cells cells = new Cells(line, errors);
		return switch (kind) {
			case INSCRIPTION -> {
				Enrolment enrolment = new Enrolment(cells.text("contrat"), cells.required("categorie"),
						cells.required("formule"), cells.requiredDate("date_debut"), cells.date("date_entree"),
						cells.enumRequired(Civility.class, "civilite"), cells.required("nom"),
						cells.required("prenoms"), cells.text("nom_naissance"), cells.requiredDate("date_naissance"),
						cells.required("nir"), cells.address(true), cells.familySituation(),
						cells.enumOptional(MandatoryScheme.class, "regime"), cells.text("caisse"),
						cells.text("courriel"), cells.text("telephone"), cells.bank(), List.of());
				yield new Parsed(line, kind, null, enrolment, null, null, null, errors);
			}
			case RADIATION -> {
				Target target = cells.target();
				LocalDate lastDay = cells.requiredDate("date_fin");
				String reason = line.cell("motif").toLowerCase(Locale.ROOT);
				TerminationReason terminationReason = REASONS.get(reason);
				if (terminationReason == null) {
					errors.add(new LineError(line.number(), "motif",
							reason.isEmpty() ? "employerimport.cell.required" : "employerimport.cell.reason"));
				}
				yield new Parsed(line, kind, target, null, lastDay, terminationReason, null, errors);
			}
			case MODIFICATION -> {
				Target target = cells.target();
				LocalDate effective = cells.requiredDate("date_effet");
				Modification modification = null;
				if (!line.cell("adresse").isEmpty() || !line.cell("code_postal").isEmpty()) {
					modification = new Modification.AddressChange(cells.address(false), effective);
				}
				else if (!line.cell("situation_familiale").isEmpty()) {
					modification = new Modification.FamilySituationChange(cells.familySituation(), effective);
				}
				else if (!line.cell("regime").isEmpty() || !line.cell("caisse").isEmpty()) {
					modification = new Modification.SchemeChange(cells.enumOptional(MandatoryScheme.class, "regime"),
							cells.text("caisse"), effective);
				}
				else if (!line.cell("iban").isEmpty()) {
					modification = new Modification.BankDetailsChange(cells.bank(), effective);
				}
				else {
					errors.add(new LineError(line.number(), "", "employerimport.cell.nothing-to-modify"));
				}
				yield new Parsed(line, kind, target, null, null, null, modification, errors);
			}
		};
	}

	private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, String cell) {
		try {
			return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Reads cells, adding an error per refused cell. */
	private static final class Cells {

		private final Line line;

		private final List<LineError> errors;

		Cells(Line line, List<LineError> errors) {
			this.line = line;
			this.errors = errors;
		}

		@Nullable String text(String column) {
			String value = line.cell(column);
			return value.isEmpty() ? null : value;
		}

		@Nullable String required(String column) {
			String value = text(column);
			if (value == null) {
				errors.add(new LineError(line.number(), column, "employerimport.cell.required"));
			}
			return value;
		}

		@Nullable LocalDate date(String column) {
			String value = line.cell(column);
			if (value.isEmpty()) {
				return null;
			}
			LocalDate date = MovementFile.date(value);
			if (date == null) {
				errors.add(new LineError(line.number(), column, "employerimport.cell.date"));
			}
			return date;
		}

		@Nullable LocalDate requiredDate(String column) {
			if (line.cell(column).isEmpty()) {
				errors.add(new LineError(line.number(), column, "employerimport.cell.required"));
				return null;
			}
			return date(column);
		}

		<E extends Enum<E>> @Nullable E enumOptional(Class<E> type, String column) {
			String value = line.cell(column);
			if (value.isEmpty()) {
				return null;
			}
			E parsed = enumOf(type, value);
			if (parsed == null) {
				errors.add(new LineError(line.number(), column, "employerimport.cell.choice." + column));
			}
			return parsed;
		}

		<E extends Enum<E>> @Nullable E enumRequired(Class<E> type, String column) {
			if (line.cell(column).isEmpty()) {
				errors.add(new LineError(line.number(), column, "employerimport.cell.required"));
				return null;
			}
			return enumOptional(type, column);
		}

		@Nullable FamilySituation familySituation() {
			return enumOptional(FamilySituation.class, "situation_familiale");
		}

		@Nullable EmployeeAddress address(boolean required) {
			if (!required && line.cell("adresse").isEmpty() && line.cell("code_postal").isEmpty()) {
				return null;
			}
			return new EmployeeAddress(required ? required("adresse") : text("adresse"), text("complement_adresse"),
					text("code_postal"), text("ville"), null);
		}

		@Nullable BankDetails bank() {
			String iban = text("iban");
			return iban == null ? null : new BankDetails(iban, text("bic"), null);
		}

		Target target() {
			String id = line.cell("identifiant_affiliation");
			String nir = text("nir");
			if (!id.isEmpty()) {
				try {
					return new Target(UUID.fromString(id), null);
				}
				catch (IllegalArgumentException e) {
					errors.add(new LineError(line.number(), "identifiant_affiliation", "employerimport.cell.id"));
					return new Target(null, null);
				}
			}
			if (nir == null) {
				errors.add(new LineError(line.number(), "identifiant_affiliation", "employerimport.cell.target"));
			}
			return new Target(null, nir);
		}

	}

}
