/**
 * Rights: data-subject rights requests (GDPR Art. 15-22, 7(3)) as received, with their
 * one-month due date and the acknowledgement mailed to the requester through the outbox,
 * on the module's own {@link fr.integrance.rights.RightsRequestReceived} event. Minimal
 * for now: identity checks, extensions and fulfilment through the privacy SPI come with
 * the processing of requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Droits des personnes",
		allowedDependencies = { "platform", "privacy", "notification", "audit", "consent", "people", "contracts",
				"documents", "identity" })
@org.jspecify.annotations.NullMarked
package fr.integrance.rights;
