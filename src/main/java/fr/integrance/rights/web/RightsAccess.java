package fr.integrance.rights.web;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.rights.RightsChannel;

/**
 * Whose data a signed-in rights request is about and who sends it, as the channel's
 * controller established it from the session.
 *
 * @param subject whose data (the member, or the protected adult the agent acts for)
 * @param firstName how to address the requester
 * @param lastName how to address the requester
 * @param email where to answer (the requester's)
 * @param channel the space ({@link RightsChannel#MEMBER_SPACE},
 * {@link RightsChannel#GUARDIAN_SPACE}…)
 * @param onBehalf true when the requester acts for the subject
 * @param account the signed-in account
 * @param basePath the page's path, without a trailing slash
 * @param subjectName the subject's name shown in the heading when acting on their behalf,
 * else null
 * @param backPath where the "back" link goes
 */
public record RightsAccess(DataSubjectRef subject, String firstName, String lastName, String email,
		RightsChannel channel, boolean onBehalf, UUID account, String basePath, @Nullable String subjectName,
		String backPath) {

	public RightsAccess {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(basePath, "basePath");
		Objects.requireNonNull(backPath, "backPath");
	}

	@Override
	public String toString() {
		return "RightsAccess[" + channel + ", " + subject + ", onBehalf=" + onBehalf + "]";
	}

}
