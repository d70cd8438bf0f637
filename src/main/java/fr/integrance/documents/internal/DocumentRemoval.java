package fr.integrance.documents.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContents;

/**
 * Deletes a document: crypto-shreds the content and the thumbnail of every version (their
 * keys destroyed, so nothing of them can be read again, backups included), then deletes
 * its rows (reminders sent, comments, versions, the document). For a deletion by its
 * owner and for an erasure alike.
 */
@Component
@RequiredArgsConstructor
class DocumentRemoval {

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final CommentRepository comments;

	private final ReminderSentRepository reminders;

	private final StoredContents contents;

	void remove(DocumentEntity document) {
		for (VersionEntity version : versions.lockByDocumentId(document.id())) {
			contents.shred(version.contentId());
			ContentId thumbnail = version.thumbnailContentId();
			if (thumbnail != null) {
				contents.shred(thumbnail);
			}
			versions.delete(version);
		}
		comments.deleteAll(comments.findByDocumentIdOrderByWrittenAtAscIdAsc(document.id()));
		reminders.deleteAll(reminders.findByDocumentId(document.id()));
		versions.flush();
		documents.delete(document);
		documents.flush();
	}

}
