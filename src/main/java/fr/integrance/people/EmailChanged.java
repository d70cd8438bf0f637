package fr.integrance.people;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;

/**
 * A confirmed change of e-mail address.
 *
 * @param previous the address it replaced, or {@code null}
 * @param current the new contact address
 */
public record EmailChanged(@Nullable EmailAddress previous, EmailAddress current) {
}
