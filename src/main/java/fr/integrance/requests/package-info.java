/**
 * Requests: every request sent to the mutual (a subscription request, a question) kept as a case
 * with its type mapped to a register purpose, its typed payload, its status and its attachments.
 * Minimal for now: the public site's intake; the staff workflow comes with the core issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demandes", allowedDependencies = { "platform" })
package fr.integrance.requests;
