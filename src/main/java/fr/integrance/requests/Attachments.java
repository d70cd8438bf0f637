package fr.integrance.requests;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FileRejectedException;

/**
 * Files sent with a request. A file is checked (not empty, within the size limit, a PDF,
 * JPEG or PNG whose bytes are what its extension says, a PDF without JavaScript), then
 * stored under its generated id and kept as pending; submitting the request links it to
 * the case.
 */
public interface Attachments {

	/** How many files one request may carry. */
	int MAX_FILES_PER_REQUEST = 3;

	/**
	 * Checks and stores one file as a pending attachment.
	 * @param originalName the name the browser sent, only kept for display
	 * @param alreadyAttached how many files the request already carries
	 * @throws FileRejectedException when the file is refused, with the reason
	 */
	StoredAttachment store(@Nullable String originalName, byte[] content, int alreadyAttached)
			throws FileRejectedException;

	/**
	 * Removes a pending attachment the sender took back; one already linked to a case
	 * stays.
	 */
	void discardPending(AttachmentId id);

	/**
	 * The per-file limit in bytes (the multipart limit), for the forms to announce it.
	 */
	long maxFileBytes();

}
