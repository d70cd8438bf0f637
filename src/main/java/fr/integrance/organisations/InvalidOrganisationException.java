package fr.integrance.organisations;

import java.util.List;

import fr.integrance.organisations.NewOrganisation.FieldProblem;

/** An organisation cannot be created as given: what is wrong, field by field. */
public class InvalidOrganisationException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<FieldProblem> problems;

	public InvalidOrganisationException(List<FieldProblem> problems) {
		super("Invalid organisation: " + problems.stream().map(FieldProblem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
