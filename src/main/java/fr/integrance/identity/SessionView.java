package fr.integrance.identity;

import java.time.Instant;

/** One session of an account, as listed on "my sessions". */
public record SessionView(SessionReference reference, Instant startedAt, Instant lastActiveAt, boolean current) {
}
