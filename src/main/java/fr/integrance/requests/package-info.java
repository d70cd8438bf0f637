/**
 * Requests: every request sent to the mutual (a subscription request, a question) kept as
 * a case with its type mapped to a register purpose, its typed payload, its status and
 * its attachments; the staff workflow (take, ask the sender for more, accept, reject,
 * with the history and the message thread, each step and each opening in the audit
 * journal with ids only) and the application of an accepted case to the domain (people,
 * contracts).
 * <p>
 * The API is this package: {@link fr.integrance.requests.Requests} takes requests in,
 * {@link fr.integrance.requests.Cases} is how staff process them,
 * {@link fr.integrance.requests.Attachments} stores their files; one payload record per
 * request type, permitted by the sealed {@link fr.integrance.requests.RequestPayload}.
 * Everything else is in {@code internal}, each request type's handler in its own package
 * ({@code internal.subscription}, {@code internal.solicitation}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demandes",
		allowedDependencies = { "platform", "people", "contracts", "notification", "privacy", "audit", "documents" })
@org.jspecify.annotations.NullMarked
package fr.integrance.requests;
