package fr.integrance.consent;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * The cookie choices of an anonymous visitor: kept in his browser in the first-party
 * cookie {@value #COOKIE_NAME} (signed, so that a tampered value is ignored) and recorded
 * server-side. A choice is asked again once it is older than the renewal age (6 months by
 * default, refusals as consents) or when the register adds a purpose it does not cover.
 */
public interface VisitorConsents {

	String COOKIE_NAME = "integrance_consent";

	/**
	 * The choice the cookie value carries, if its signature and format are right
	 * (whatever its age).
	 */
	Optional<VisitorChoice> read(String cookieValue);

	/**
	 * The choice in force: signed, younger than the renewal age, covering every purpose
	 * that needs consent.
	 */
	Optional<VisitorChoice> current(String cookieValue);

	/**
	 * Records the visitor's answer for every cookie purpose that needs consent (a purpose
	 * missing from {@code allowed} is refused: silence is refusal; a purpose that was
	 * given and is now no is recorded as withdrawn) and returns the choice to store in
	 * the cookie. The visitor keeps his id when the previous cookie was genuine.
	 */
	VisitorChoice decide(Optional<VisitorChoice> previous, Map<String, Boolean> allowed, ConsentMethod method,
			RequestOrigin origin);

	/** The signed cookie value. */
	String encode(VisitorChoice choice);

	/** How long the browser keeps the cookie from now: the renewal age. */
	Duration cookieMaxAge();

	/**
	 * How long a choice holds before the visitor is asked again (6 months by default).
	 */
	Period renewAfter();

}
