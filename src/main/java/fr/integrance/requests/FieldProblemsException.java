package fr.integrance.requests;

import java.util.List;

/**
 * A request or an acceptance breaks rules of its request type: nothing was stored or
 * changed; {@link #problems()} says which fields and why.
 */
public class FieldProblemsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<FieldProblem> problems;

	public FieldProblemsException(List<FieldProblem> problems) {
		super("Refused fields: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
