package fr.integrance.privacy.internal;

import java.util.Map;

import fr.integrance.privacy.Register;

/**
 * A register and the file each of its sections came from, so that validation and lint
 * messages can name the file.
 */
record LoadedRegister(Register register, Map<String, String> sources) {

	LoadedRegister {
		sources = Map.copyOf(sources);
	}

	/** The file a section (snake_case key, e.g. {@code purposes}) was read from. */
	String sourceOf(String section) {
		return sources.getOrDefault(section, "register");
	}
}
