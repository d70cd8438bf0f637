package fr.integrance.privacy;

import java.util.List;

/**
 * The lint findings on the register in force, logged at start-up with WARN and kept for
 * the DPO console.
 */
public interface RegisterLint {

	/** Every finding, in the order found; empty when the register has nothing to flag. */
	List<LintWarning> warnings();

}
