package fr.integrance.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.Siren;
import fr.integrance.platform.Siret;

/**
 * An organisation to create.
 *
 * @param siren required for an employer, optional for a guardian service
 * @param siret optional; when given, must start with the SIREN
 */
public record NewOrganisation(@Nullable OrganisationKind kind, String name, @Nullable String siren,
		@Nullable String siret) {

	/**
	 * What is wrong with the identifiers, each next to its field ({@code siren},
	 * {@code siret}): a SIREN is required for an employer, and any SIREN or SIRET given
	 * must pass its check (RULES.md §5) and the SIRET must start with the SIREN. Empty
	 * when they are right.
	 */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		boolean sirenGiven = given(siren);
		Optional<Siren> validSiren = sirenGiven ? parse(() -> Siren.of(siren)) : Optional.empty();
		if (kind == OrganisationKind.EMPLOYER && !sirenGiven) {
			problems.add(new FieldProblem("siren", "organisation.siren.required"));
		}
		else if (sirenGiven && validSiren.isEmpty()) {
			problems.add(new FieldProblem("siren", "organisation.siren.invalid"));
		}
		if (given(siret)) {
			Optional<Siret> validSiret = parse(() -> Siret.of(siret));
			if (validSiret.isEmpty()) {
				problems.add(new FieldProblem("siret", "organisation.siret.invalid"));
			}
			else if (validSiren.isPresent() && !validSiret.get().siren().equals(validSiren.get())) {
				problems.add(new FieldProblem("siret", "organisation.siret.other-siren"));
			}
			else if (!sirenGiven) {
				problems.add(new FieldProblem("siren", "organisation.siren.required-with-siret"));
			}
		}
		return problems;
	}

	private static boolean given(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
		try {
			return Optional.of(parser.get());
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A field of the organisation refused, with the key of the message that says why.
	 */
	public record FieldProblem(String field, String messageKey) {
	}

	@Override
	public String toString() {
		return "NewOrganisation[kind=" + kind + ", name=***]";
	}
}
