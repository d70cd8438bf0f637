package fr.integrance.privacy.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid register into a start-up report that lists each problem with its file
 * and entry, instead of a bean-creation stack trace.
 */
class InvalidRegisterFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRegisterException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidRegisterException cause) {
		StringBuilder description = new StringBuilder("The processing register (register/*.yml) is invalid:\n");
		cause.problems().forEach(problem -> description.append("\n    ").append(problem));
		return new FailureAnalysis(description.toString(),
				"Correct the register files named above (or app.privacy.register-dir if you set it) and start again.",
				cause);
	}

}
