/**
 * Identity: accounts, credentials and login (Argon2id, lockout, TOTP second factor),
 * sessions, roles and authorities, organisations and who belongs to which (tenancy).
 * Other modules read the signed-in person through
 * {@link fr.integrance.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identité",
		allowedDependencies = { "platform", "audit", "notification", "privacy" })
package fr.integrance.identity;
