package fr.integrance.platform;

import java.util.UUID;

/**
 * A module's typed identifier: a record of one UUID, e.g.
 * {@code record CaseId(UUID value)
 * implements TypedId}. Module APIs take and return these at their boundary rather than
 * bare UUIDs, so that a person id cannot be passed where a case id is expected.
 * <p>
 * Controllers take them as {@code @PathVariable} or {@code @RequestParam}: the platform's
 * converter builds them from the URL text through the record's canonical constructor, and
 * a text that is not a UUID answers the same French 404 page as an unknown id
 * ({@link NotFoundException}).
 */
public interface TypedId {

	/** The technical id, meaningless outside the platform. */
	UUID value();

}
