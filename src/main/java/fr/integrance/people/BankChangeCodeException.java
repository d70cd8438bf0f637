package fr.integrance.people;

/**
 * The one-time code of a change of bank details was not accepted: wrong (with the
 * attempts left), expired, or its attempts are used up. The change is not signed; after
 * the last attempt or once expired it can no longer be signed.
 */
public class BankChangeCodeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why the code was refused. */
	public enum Reason {

		WRONG, EXPIRED, EXHAUSTED

	}

	private final Reason reason;

	private final int attemptsLeft;

	public BankChangeCodeException(Reason reason, int attemptsLeft) {
		super("One-time code refused: " + reason);
		this.reason = reason;
		this.attemptsLeft = attemptsLeft;
	}

	public Reason reason() {
		return reason;
	}

	public int attemptsLeft() {
		return attemptsLeft;
	}

}
