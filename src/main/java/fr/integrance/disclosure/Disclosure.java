package fr.integrance.disclosure;

import java.util.UUID;

/**
 * A disclosure made: its id in the log, and the file to hand to the recipient (CSV,
 * UTF-8, one line per record of a subject, the columns asked for and nothing else).
 */
public record Disclosure(UUID id, String fileName, byte[] csv, int records) {

	@Override
	public String toString() {
		return "Disclosure[" + id + ", records=" + records + "]";
	}

}
