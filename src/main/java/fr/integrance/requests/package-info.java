/**
 * Requests: every request sent to the mutual (a subscription request, a question) kept as
 * a case with its type mapped to a register purpose, its typed payload, its status and
 * its attachments; the staff workflow (take, ask the sender for more, accept, reject,
 * with the history and the message thread, each step in the audit journal with ids only)
 * and the application of an accepted case to the domain (people, contracts).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demandes",
		allowedDependencies = { "platform", "people", "contracts", "notification", "privacy", "audit" })
package fr.integrance.requests;
