package fr.integrance.consent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.integrance.privacy.DataSubjectRef;

/**
 * What the visitor's consent cookie holds: an anonymous random id, the notice version the
 * choice answered, when it was made, and yes/no per cookie purpose. Nothing else about
 * the visitor.
 */
public record VisitorChoice(UUID visitorId, String noticeVersion, Instant decidedAt, Map<String, Boolean> choices) {

	public VisitorChoice {
		Objects.requireNonNull(visitorId, "visitorId");
		Objects.requireNonNull(noticeVersion, "noticeVersion");
		Objects.requireNonNull(decidedAt, "decidedAt");
		choices = Map.copyOf(choices);
	}

	/** True only when the visitor said yes to this purpose. */
	public boolean allows(String purpose) {
		return Boolean.TRUE.equals(choices.get(purpose));
	}

	public DataSubjectRef subject() {
		return DataSubjectRef.visitor(visitorId);
	}

	@Override
	public String toString() {
		return "VisitorChoice[notice=" + noticeVersion + ", decidedAt=" + decidedAt + ", choices=" + choices + "]";
	}
}
