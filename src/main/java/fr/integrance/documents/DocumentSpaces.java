package fr.integrance.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.documents.DocumentViews.Comment;
import fr.integrance.documents.DocumentViews.DocumentDetails;
import fr.integrance.documents.DocumentViews.DocumentPage;
import fr.integrance.documents.DocumentViews.DueNotice;
import fr.integrance.documents.DocumentViews.Download;
import fr.integrance.documents.DocumentViews.Folder;
import fr.integrance.documents.DocumentViews.Space;
import fr.integrance.platform.FileRejectedException;

/**
 * The document spaces. The channel checks that the signed-in user may reach the owner
 * (their own person, a protected adult of their organisation, any owner for staff), then
 * asks for the owner's space; every later call names that space, and a folder, document
 * or comment outside it is unknown ({@link UnknownDocumentException}, a 404), the same as
 * one that never existed. Every change is journaled (ids only).
 * <p>
 * Names, titles, descriptions and comments are free text checked as the platform's
 * {@code TextValue}s (no control characters, bounded length); bad values raise
 * {@code InvalidValueException} with a French message key.
 */
public interface DocumentSpaces {

	/** The owner's space, created on first use. */
	Space spaceOf(SpaceOwner owner);

	/** The space if it exists (never creates one). */
	Optional<Space> findSpace(SpaceOwner owner);

	/**
	 * Records whom a case's space concerns (the case's person; null: nobody known), so
	 * that the person's access export ({@link fr.integrance.privacy.SubjectFiles}) and
	 * erasure reach it; creates the space on first use, writes only on a change.
	 */
	void caseConcerns(UUID caseId, @Nullable UUID personId);

	// ------------------------------------------------------------ folders

	/** The folders directly in {@code parent} (the root when null), by name. */
	List<Folder> folders(SpaceId space, @Nullable FolderId parent);

	/** Every folder of the space, depth-first by name (for "move to" choices). */
	List<Folder> allFolders(SpaceId space);

	Folder folder(SpaceId space, FolderId folder);

	/** A name must be unique among its siblings (French message otherwise). */
	FolderId createFolder(SpaceId space, @Nullable FolderId parent, String name, DocumentActor actor);

	void renameFolder(SpaceId space, FolderId folder, String name, DocumentActor actor);

	/** Refuses a move into itself or one of its descendants. */
	void moveFolder(SpaceId space, FolderId folder, @Nullable FolderId newParent, DocumentActor actor);

	/** Only an empty folder (no document, no subfolder) may be deleted. */
	void deleteFolder(SpaceId space, FolderId folder, DocumentActor actor);

	// ------------------------------------------------------------ documents

	/**
	 * Lists the space's documents.
	 * @param folder only this folder's documents; null: all of the space
	 * @param query matches titles (case and accent insensitive); null or blank: all
	 * @param page from 0
	 * @param size 1 to 100
	 */
	DocumentPage documents(SpaceId space, @Nullable FolderId folder, @Nullable String query, DocumentSort sort,
			int page, int size);

	/**
	 * Checks (content inspection, Office macros, quotas) and stores a new document.
	 * @throws FileRejectedException the file is refused, with the reason
	 * @throws QuotaExceededException the file or the space is over its limit
	 */
	DocumentId upload(SpaceId space, NewDocument document, DocumentActor actor)
			throws FileRejectedException, QuotaExceededException;

	/** Adds a version; the previous ones stay listed and downloadable. */
	void replace(SpaceId space, DocumentId document, @Nullable String originalName, byte[] content, DocumentActor actor)
			throws FileRejectedException, QuotaExceededException;

	DocumentDetails details(SpaceId space, DocumentId document, DocumentActor actor);

	/** Changes the title, description and folder (null: the root). */
	void edit(SpaceId space, DocumentId document, String title, @Nullable String description, @Nullable FolderId folder,
			DocumentActor actor);

	/**
	 * Sets or clears the alert and reminder dates; a changed date is due again (a
	 * reminder is sent once per date).
	 */
	void setDates(SpaceId space, DocumentId document, @Nullable LocalDate alertDate, @Nullable LocalDate reminderDate,
			DocumentActor actor);

	/** Deletes the document and crypto-shreds every version. */
	void delete(SpaceId space, DocumentId document, DocumentActor actor);

	/**
	 * The file of a version (the current one when null), to stream; journaled when the
	 * actor is staff or a guardian agent.
	 */
	Download download(SpaceId space, DocumentId document, @Nullable Integer version, DocumentActor actor);

	/** A PNG thumbnail of the first page or image, once the background job made it. */
	Optional<byte[]> thumbnail(SpaceId space, DocumentId document);

	// ------------------------------------------------------------ comments

	CommentId comment(SpaceId space, DocumentId document, String text, DocumentActor actor);

	/** Only the comment's author may edit it (otherwise unknown: 404). */
	void editComment(SpaceId space, CommentId comment, String text, DocumentActor actor);

	List<Comment> comments(SpaceId space, DocumentId document, DocumentActor actor);

	// ------------------------------------------------------------ notices

	/**
	 * Alert and reminder dates due on or before {@code today} and not dismissed, for a
	 * home page.
	 */
	List<DueNotice> dueNotices(SpaceOwner owner, LocalDate today);

}
