package fr.integrance.contracts;

/**
 * The job that closes the affiliations whose cover has ended (a portability past its end,
 * a termination without portability past its last day) and ends their dependants' cover
 * on the same day. Runs on its schedule; tests and operators may run it now.
 */
public interface PortabilityClosing {

	/** Closes what has ended before today (Paris time); returns how many. */
	int closeEnded();

}
