package fr.integrance.requests;

/**
 * A rule of a request type that what was given breaks, for a form to show beside the
 * field: the field's path in the payload or the acceptance ({@code planCode},
 * {@code dependants[1].relationship}, {@code civilities[0]}, {@code answer}) and the key
 * of the French message that explains it.
 */
public record FieldProblem(String field, String messageKey) {
}
