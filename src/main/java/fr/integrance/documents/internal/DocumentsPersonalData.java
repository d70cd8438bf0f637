package fr.integrance.documents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import fr.integrance.documents.CaseDocumentsRetention;
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
 * The export lists these rows; the files themselves go into the archive through
 * {@link DocumentsSubjectFiles}. Erasure deletes every row, and crypto-shreds the content
 * and thumbnail of every version ({@link StoredContents#shred}): once their keys are
 * destroyed nothing can be read again, backups included. Restriction goes through the
 * space's {@link fr.integrance.privacy.PrivacyState}: a restricted space is kept and
 * shown, and sends no reminder.
 * <p>
 * The spaces of cases are the cases', but their documents reach the person a case
 * concerns (recorded by {@link fr.integrance.documents.DocumentSpaces#caseConcerns}):
 * each document and its versions are listed, and erased (crypto-shredded) where the
 * case's retention ({@link CaseDocumentsRetention}) allows it now, else reported kept
 * under the register's rule it names (without an implementation:
 * {@link CaseDocumentsRetention#DEFAULT_RULE}), or deferred while the case is under way.
 * The case space itself, its folders and the staff's comments stay with the case.
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

	private final ObjectProvider<CaseDocumentsRetention> retentions;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		Optional<UUID> person = subject.uuid(DataSubjectRef.Kind.PERSON);
		if (person.isEmpty()) {
			return List.of();
		}
		List<PersonalRow> rows = new ArrayList<>();
		spaces.findByOwnerKindAndOwnerId(SpaceOwner.Kind.PERSON, person.get())
			.ifPresent(space -> ownSpace(space, rows));
		for (SpaceEntity space : spaces.findByOwnerKindAndSubjectPersonId(SpaceOwner.Kind.CASE, person.get())) {
			caseSpace(space, rows);
		}
		return rows;
	}

	/**
	 * The documents of a case's space that concerns the person: crypto-shredded with
	 * their document where the case's retention allows it now; otherwise kept under the
	 * register's rule the cases module names (deferred while the case is under way). The
	 * space and its folders are the case's, not the person's: they stay.
	 */
	private void caseSpace(SpaceEntity space, List<PersonalRow> rows) {
		CaseDocumentsRetention retention = retentions.getIfAvailable();
		Optional<CaseDocumentsRetention.Hold> hold = retention == null
				? Optional.of(new CaseDocumentsRetention.Hold(CaseDocumentsRetention.DEFAULT_RULE, null))
				: retention.hold(space.owner().id());
		for (DocumentEntity document : documents.findBySpaceId(space.id())) {
			rows.add(hold.map(kept -> held(document, kept))
				.orElseGet(() -> PersonalRow.erasable(document, () -> removal.remove(document))));
			for (VersionEntity version : versions.findByDocumentIdOrderByNumberDesc(document.id())) {
				rows.add(hold.map(kept -> held(version, kept))
					.orElseGet(() -> PersonalRow.erasable(version, () -> shred(version)))
					.within(document));
			}
		}
	}

	private static PersonalRow held(Object entity, CaseDocumentsRetention.Hold hold) {
		String rule = hold.rule();
		return rule == null ? PersonalRow.deferred(entity) : PersonalRow.kept(entity, rule, hold.until());
	}

	private void ownSpace(SpaceEntity space, List<PersonalRow> rows) {
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
