/**
 * Consent: the append-only history of every choice a person or an anonymous visitor made
 * about a purpose (cookies, marketing), with the notice version it answered, how and
 * when; the current state per purpose, withdrawal, expiry, the proof export, the
 * visitor's signed consent cookie and the one-click marketing unsubscribe links.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consentements",
		allowedDependencies = { "privacy", "platform" })
@org.jspecify.annotations.NullMarked
package fr.integrance.consent;
