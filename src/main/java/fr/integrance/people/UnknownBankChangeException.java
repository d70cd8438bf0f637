package fr.integrance.people;

import fr.integrance.platform.NotFoundException;

/**
 * No change of bank details of that id waits for that person's signature (unknown,
 * another person's, already signed or no longer signable): the same for every case.
 */
public class UnknownBankChangeException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	public UnknownBankChangeException(BankChangeId id) {
		super("No pending bank change " + id);
	}

}
