package fr.integrance.documents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.StoredContents;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The documents module's rows of a {@link DataSubjectRef.Kind#PERSON}: the space they own
 * (a member's own, a protected adult's), each document (title, description, dates, the
 * current file's name) followed by its versions (file names and sizes), comments and
 * reminders sent, then the folders (names) and the space itself.
 * <p>
 * The export lists these rows; the files themselves are not in it (the privacy kernel's
 * export has no archive of files yet: the person downloads them from their space).
 * Erasure deletes every row, and crypto-shreds the content and thumbnail of every version
 * ({@link StoredContents#shred}): once their keys are destroyed nothing can be read
 * again, backups included. Restriction goes through the space's
 * {@link fr.integrance.privacy.PrivacyState}: a restricted space is kept and shown, and
 * sends no reminder. The spaces of cases are not a person's: the requests module answers
 * for its cases.
 */
@Component
@RequiredArgsConstructor
class DocumentsPersonalData implements PersonalDataRows {

	private final SpaceRepository spaces;

	private final FolderRepository folders;

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final CommentRepository comments;

	private final ReminderSentRepository reminders;

	private final DocumentRemoval removal;

	private final StoredContents contents;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		Optional<SpaceEntity> found = subject.uuid(DataSubjectRef.Kind.PERSON)
			.flatMap(person -> spaces.findByOwnerKindAndOwnerId(SpaceOwner.Kind.PERSON, person));
		if (found.isEmpty()) {
			return List.of();
		}
		SpaceEntity space = found.get();
		List<PersonalRow> rows = new ArrayList<>();
		for (DocumentEntity document : documents.findBySpaceId(space.id())) {
			rows.add(PersonalRow.erasable(document, () -> removal.remove(document)));
			for (VersionEntity version : versions.findByDocumentIdOrderByNumberDesc(document.id())) {
				rows.add(PersonalRow.erasable(version, () -> shred(version)).within(document));
			}
			for (CommentEntity comment : comments.findByDocumentIdOrderByWrittenAtAscIdAsc(document.id())) {
				rows.add(
						PersonalRow.erasable(comment, () -> comments.findById(comment.id()).ifPresent(comments::delete))
							.within(document));
			}
			for (ReminderSentEntity reminder : reminders.findByDocumentId(document.id())) {
				rows.add(PersonalRow
					.erasable(reminder, () -> reminders.findById(reminder.id()).ifPresent(reminders::delete))
					.within(document));
			}
		}
		for (FolderEntity folder : deepestFirst(folders.findBySpaceId(space.id()))) {
			rows.add(PersonalRow.erasable(folder, () -> {
				folders.delete(folder);
				folders.flush();
			}));
		}
		rows.add(PersonalRow.erasable(space, () -> spaces.delete(space)));
		return rows;
	}

	/**
	 * A version is removed with its document (which comes first); shredding again is
	 * harmless, and says what erasing a version means.
	 */
	private void shred(VersionEntity version) {
		contents.shred(version.contentId());
		ContentId thumbnail = version.thumbnailContentId();
		if (thumbnail != null) {
			contents.shred(thumbnail);
		}
		versions.findById(version.id()).ifPresent(versions::delete);
	}

	/** Subfolders before their parents, so that each deletion leaves no child behind. */
	private static List<FolderEntity> deepestFirst(List<FolderEntity> all) {
		Map<UUID, FolderEntity> byId = new HashMap<>();
		all.forEach(folder -> byId.put(folder.id(), folder));
		Map<UUID, Integer> depths = new HashMap<>();
		for (FolderEntity folder : all) {
			int depth = 0;
			for (UUID parent = folder.parentId(); parent != null
					&& depth <= all.size(); parent = byId.containsKey(parent) ? byId.get(parent).parentId() : null) {
				depth++;
			}
			depths.put(folder.id(), depth);
		}
		return all.stream()
			.sorted(Comparator.comparing((FolderEntity folder) -> depths.get(folder.id())).reversed())
			.toList();
	}

}
