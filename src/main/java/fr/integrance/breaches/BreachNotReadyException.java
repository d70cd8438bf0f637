package fr.integrance.breaches;

import java.util.List;

/**
 * A breach cannot be closed yet: the notification to the CNIL is not decided, or (high
 * risk) the communication to the people concerned is not. Carries the message keys of
 * what is missing.
 */
public class BreachNotReadyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> missing;

	public BreachNotReadyException(List<String> missing) {
		super("breach not ready to close: " + missing);
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return missing;
	}

}
