package fr.integrance.privacy;

import java.util.List;
import java.util.Optional;

/**
 * The archive of every published version of the privacy notice, so that the notice a
 * person read (and a consent answered) can be shown again as it was.
 */
public interface NoticeVersions {

	/**
	 * Every archived version, the most recent publication first (without their registers'
	 * content).
	 */
	List<Summary> list();

	/** One archived version with its register snapshot, if that id was ever published. */
	Optional<PublishedNoticeVersion> find(String versionId);

	record Summary(String versionId, java.time.LocalDate publishedOn, String contentHash) {
	}

}
