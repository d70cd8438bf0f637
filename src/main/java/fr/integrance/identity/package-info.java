/**
 * Identity: accounts, credentials and login (Argon2id, lockout, TOTP second factor),
 * sessions, roles and authorities, which account belongs to which organisation and with
 * which role (tenancy); the helpers with which each channel declares its security chain
 * ({@link fr.integrance.identity.SecurityChains}) and its space
 * ({@link fr.integrance.identity.Space}). Other modules read the signed-in person through
 * {@link fr.integrance.identity.CurrentUser}; controllers take it as a handler parameter
 * ({@link fr.integrance.identity.AuthenticatedUser}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identité",
		allowedDependencies = { "platform", "audit", "notification", "privacy", "organisations" })
@NullMarked
package fr.integrance.identity;

import org.jspecify.annotations.NullMarked;
