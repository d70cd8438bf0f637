package fr.integrance.privacy.internal;

import java.util.List;

/**
 * The register files cannot be used: each problem names the file and the entry, e.g.
 * {@code register/purposes.yml: purpose 'website-statistics' names unknown data category 'foo'}.
 * Thrown at start-up, so the application never runs on a register it cannot trust.
 */
public class InvalidRegisterException extends IllegalStateException {

	private final List<String> problems;

	public InvalidRegisterException(List<String> problems) {
		super("The processing register is invalid:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
