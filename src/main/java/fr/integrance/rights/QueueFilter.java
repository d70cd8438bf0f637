package fr.integrance.rights;

import org.jspecify.annotations.Nullable;

/**
 * What the queue shows: every filter null or false means everything.
 *
 * @param status only this status
 * @param rightId only this right
 * @param overdueOnly only open requests past their due date
 * @param channel only this channel
 */
public record QueueFilter(@Nullable RightsRequestStatus status, @Nullable String rightId, boolean overdueOnly,
		@Nullable RightsChannel channel) {

	public static QueueFilter all() {
		return new QueueFilter(null, null, false, null);
	}
}
