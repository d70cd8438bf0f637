/**
 * Submission keys: a form post or an API write is processed once per key. Every POST form
 * rendered with {@code th:action} carries a hidden {@code submission-key} (a random UUID,
 * added beside the CSRF token by {@link SubmissionKeyFields}); an API client sends an
 * {@code Idempotency-Key} header. {@link SubmissionKeyFilter} claims the key in the
 * {@code submission_key} table before the handler runs, records the answer after, and
 * gives that answer again to a second post with the same key, waiting for the first when
 * both arrive together. A post without a key is served as before.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.web.submission;
