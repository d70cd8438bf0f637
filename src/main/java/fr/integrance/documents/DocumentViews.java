package fr.integrance.documents;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What {@link DocumentSpaces} answers: read-only views, ready for a page. */
public final class DocumentViews {

	private DocumentViews() {
	}

	/**
	 * A space and its usage.
	 *
	 * @param usedBytes the sum of the sizes of every version kept (what the quota counts:
	 * the previous versions stay stored and downloadable)
	 * @param quotaBytes the space's quota
	 */
	public record Space(SpaceId id, SpaceOwner owner, long usedBytes, long quotaBytes, int documentCount) {
	}

	/** A folder; {@code path} lists its ancestors from the root, itself last. */
	public record Folder(FolderId id, String name, @Nullable FolderId parentId, List<FolderCrumb> path,
			int documentCount, int subfolderCount) {
	}

	public record FolderCrumb(FolderId id, String name) {
	}

	/** One line of a listing. */
	public record DocumentLine(DocumentId id, String title, String originalName, String mediaType, long size,
			Instant uploadedAt, @Nullable FolderId folderId, @Nullable String folderName, @Nullable LocalDate alertDate,
			@Nullable LocalDate reminderDate, int versionCount, int commentCount, boolean hasThumbnail) {
	}

	/**
	 * A page of a listing.
	 *
	 * @param page the page number, from 0
	 */
	public record DocumentPage(List<DocumentLine> lines, int page, int size, long total) {

		public int pageCount() {
			return size == 0 ? 0 : (int) ((total + size - 1) / size);
		}

	}

	/** A document with its versions (newest first) and comments (oldest first). */
	public record DocumentDetails(DocumentLine line, @Nullable String description, String uploadedBy,
			List<Version> versions, List<Comment> comments) {
	}

	/**
	 * @param number from 1
	 * @param uploadedBy a display label of the uploader's kind ("vous", "un agent", "la
	 * mutuelle"), never another account's name
	 */
	public record Version(int number, String originalName, String mediaType, long size, Instant uploadedAt,
			String uploadedBy) {
	}

	/**
	 * @param mine whether the actor asking wrote it (and so may edit it)
	 */
	public record Comment(CommentId id, String text, Instant writtenAt, @Nullable Instant editedAt, String author,
			boolean mine) {
	}

	/** An alert or reminder date that is due, for a home page. */
	public record DueNotice(SpaceId spaceId, SpaceOwner owner, DocumentId documentId, String title, Kind kind,
			LocalDate date) {

		public enum Kind {

			ALERT, REMINDER

		}

	}

	/**
	 * A file to send back: stream it (never read it whole) and close it.
	 */
	public record Download(String fileName, String mediaType, long size, InputStream content) {
	}

}
