package fr.integrance.platform.web.submission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How submission keys behave ({@code app.submission-keys.*}).
 *
 * @param lease how long a claim stays valid without renewal: a running request renews its
 * claim every third of it, so only a claim whose node died outlives it, and is retaken
 * @param maxWait how long a second post with the same key waits for the first to finish
 * before it is told, in French, that the submission is still being processed (409);
 * longer than the lease, so that a post that follows a crash retakes the dead claim
 * @param retention how long a key is remembered (then purged by
 * {@link SubmissionKeyPurge})
 * @param maxStoredBody the largest API answer body kept for replay; a larger one is
 * replayed with its status and headers only
 */
@ConfigurationProperties("app.submission-keys")
record SubmissionKeyProperties(@DefaultValue("PT15S") Duration lease, @DefaultValue("PT20S") Duration maxWait,
		@DefaultValue("PT24H") Duration retention, @DefaultValue("1048576") int maxStoredBody) {

}
