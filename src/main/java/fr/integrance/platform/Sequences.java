package fr.integrance.platform;

import java.util.Objects;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The next value of a database sequence, the source of the numbers people read (member
 * numbers, contract references, mandate references).
 */
public final class Sequences {

	private Sequences() {
	}

	/** The next value of {@code sequence}, which the caller names (never user input). */
	public static long next(JdbcOperations jdbc, String sequence) {
		Long value = jdbc.queryForObject("SELECT nextval('" + sequence + "')", Long.class);
		return Objects.requireNonNull(value, "nextval gives a value");
	}

}
