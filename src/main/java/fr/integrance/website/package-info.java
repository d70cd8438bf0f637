/**
 * Public website: the pages a visitor reads without an account (home, legal notice;
 * offers, subscription and contact come with their issues). Thin controllers over the
 * other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site public", allowedDependencies = { "platform",
		"contracts", "people", "privacy", "consent", "requests", "rights", "identity" })
package fr.integrance.website;
