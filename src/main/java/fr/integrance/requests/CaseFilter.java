package fr.integrance.requests;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.UUID;

/**
 * What a queue shows: one status or every open one, one type or all, and whose cases.
 *
 * @param type the request type, null for all
 * @param status one status, null for every open one ({@link RequestStatus#OPEN})
 * @param assignment whose cases
 * @param me the staff account asking (for {@link Assignment#MINE})
 */
public record CaseFilter(@Nullable RequestType type, @Nullable RequestStatus status, Assignment assignment,
		@Nullable UUID me) {

	public enum Assignment {

		ANY, MINE, UNASSIGNED

	}

	public CaseFilter {
		assignment = assignment == null ? Assignment.ANY : assignment;
		if (assignment == Assignment.MINE) {
			Objects.requireNonNull(me, "me");
		}
	}

	public static CaseFilter open() {
		return new CaseFilter(null, null, Assignment.ANY, null);
	}
}
