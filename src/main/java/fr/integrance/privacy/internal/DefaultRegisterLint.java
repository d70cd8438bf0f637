package fr.integrance.privacy.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.RegisterLint;

/** Holds the findings on the register in force; each is logged with WARN when found. */
class DefaultRegisterLint implements RegisterLint {

	private static final Logger log = LoggerFactory.getLogger(RegisterLint.class);

	private final List<LintWarning> warnings = new CopyOnWriteArrayList<>();

	DefaultRegisterLint(List<LintWarning> found) {
		found.forEach(this::report);
	}

	/**
	 * Adds a finding made after start-up checks (e.g. by the version archive) and logs
	 * it.
	 */
	void report(LintWarning warning) {
		warnings.add(warning);
		log.warn("Register lint [{}]: {}", warning.kind(), warning.message());
	}

	@Override
	public List<LintWarning> warnings() {
		return List.copyOf(warnings);
	}

}
