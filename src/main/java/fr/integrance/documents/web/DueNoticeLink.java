package fr.integrance.documents.web;

import org.jspecify.annotations.Nullable;

import fr.integrance.documents.DocumentViews.DueNotice;

/**
 * A due alert or reminder as a home page lists it: the notice, the path of its document's
 * page in the channel, and whose space it is when the page lists several (a guardian's
 * protected adults).
 */
public record DueNoticeLink(DueNotice notice, String path, @Nullable String ownerName) {

	/** The date as the page shows it, {@code 31/12/2026}. */
	public String day() {
		return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(notice.date());
	}

	/** The link to the notice's document under the space's listing path. */
	public static DueNoticeLink of(DueNotice notice, String basePath, @Nullable String ownerName) {
		return new DueNoticeLink(notice, basePath + "/" + notice.documentId(), ownerName);
	}

}
