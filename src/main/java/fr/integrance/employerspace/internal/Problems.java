package fr.integrance.employerspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.InvalidValueException;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;

/**
 * Collects the refused fields of one movement, then throws them all at once: the caller
 * (a form, a CSV line, an API call) reports every field, not the first.
 */
final class Problems {

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String field, String messageKey) {
		if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
			problems.add(new FieldProblem(field, messageKey));
		}
	}

	/** The parsed value, or null (the problem recorded) when the parser refuses it. */
	<T> @Nullable T parse(String field, Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (InvalidValueException refused) {
			add(field, refused.messageKey());
			return null;
		}
	}

	/** Records {@code field}'s {@code .required} problem when {@code value} is null. */
	<T> @Nullable T required(String field, @Nullable T value, String messageKey) {
		if (value == null || value instanceof String text && text.isBlank()) {
			add(field, messageKey);
			return null;
		}
		return value;
	}

	boolean has(String field) {
		return problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new FieldProblemsException(problems);
		}
	}

	static FieldProblemsException single(String field, String messageKey) {
		return new FieldProblemsException(List.of(new FieldProblem(field, messageKey)));
	}

}
