/**
 * Public website: the pages a visitor reads without an account (home, offers,
 * subscription, contact, rights, cookies, the privacy notice generated from the register
 * and the register's public API, unsubscription) and, in the embedded profile only, the
 * developer pages ({@code /dev/mails}). Thin controllers over the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site public",
		allowedDependencies = { "platform", "contracts", "people", "privacy", "consent", "requests", "rights",
				"identity", "statistics" })
@org.jspecify.annotations.NullMarked
package fr.integrance.website;
