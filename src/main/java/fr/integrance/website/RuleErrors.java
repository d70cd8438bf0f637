package fr.integrance.website;

import org.springframework.validation.BindingResult;

/**
 * How a public form shows a rule of the requests module it breaks (a
 * {@link fr.integrance.requests.FieldProblem}): beside the field, with the rule's French
 * message, unless the field already shows an error of its own form; for the whole form
 * when the form has no such field.
 */
final class RuleErrors {

	private RuleErrors() {
	}

	static void show(BindingResult result, String field, String messageKey) {
		if (result.getTarget() == null || result.getFieldType(field) == null) {
			result.reject(messageKey);
		}
		else if (!result.hasFieldErrors(field)) {
			result.rejectValue(field, messageKey);
		}
	}

}
