package fr.integrance.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.documents.ContentShreddedException;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.StoredContents;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.SubjectFile;
import fr.integrance.privacy.SubjectFiles;

/**
 * The files of a {@link DataSubjectRef.Kind#PERSON} for the access export archive: the
 * current version of every document of the space they own (a member's own space, a
 * protected adult's: both are the person's space), under {@code Mon espace/}, then of the
 * spaces of the cases that concern them (recorded by
 * {@link fr.integrance.documents.DocumentSpaces#caseConcerns}), under
 * {@code Demandes/<case id>/}; each in its folders, by its file name (a second file of
 * the same path gets {@code (2)}, {@code (3)}…). Never a space of another person.
 * <p>
 * A file whose content was crypto-shredded (or cannot be read any more) is left out of
 * the list, not reported as an error: its rows, which the export carries, still describe
 * it, and there is nothing left to hand over. The count of files left out is logged
 * (never their names). {@link #copy} streams through {@link StoredContents}: the content
 * is never whole in memory; a content shredded between the list and the copy is an
 * {@link IOException}, as the interface says.
 */
@Component
@RequiredArgsConstructor
class DocumentsSubjectFiles implements SubjectFiles {

	static final String MODULE = "documents";

	/** The register's data category of a document space's contents. */
	static final String CATEGORY = "documents";

	static final String OWN_SPACE = "Mon espace";

	static final String CASE_SPACES = "Demandes";

	private static final Logger log = LoggerFactory.getLogger(DocumentsSubjectFiles.class);

	private final SpaceRepository spaces;

	private final FolderRepository folders;

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final StoredContents contents;

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectFile> files(DataSubjectRef subject) {
		Optional<UUID> person = subject.uuid(DataSubjectRef.Kind.PERSON);
		if (person.isEmpty()) {
			return List.of();
		}
		List<SubjectFile> files = new ArrayList<>();
		Set<String> paths = new HashSet<>();
		int unreadable = 0;
		Optional<SpaceEntity> own = spaces.findByOwnerKindAndOwnerId(SpaceOwner.Kind.PERSON, person.get());
		if (own.isPresent()) {
			unreadable += list(own.get(), OWN_SPACE, files, paths);
		}
		for (SpaceEntity space : spaces.findByOwnerKindAndSubjectPersonId(SpaceOwner.Kind.CASE, person.get())) {
			unreadable += list(space, CASE_SPACES + "/" + space.owner().id(), files, paths);
		}
		if (unreadable > 0) {
			log.info("Access export: {} document file(s) crypto-shredded or unreadable, left out", unreadable);
		}
		return List.copyOf(files);
	}

	/** Adds the space's current files; how many could not be read. */
	private int list(SpaceEntity space, String top, List<SubjectFile> files, Set<String> paths) {
		Map<UUID, FolderEntity> byId = new HashMap<>();
		folders.findBySpaceId(space.id()).forEach(folder -> byId.put(folder.id(), folder));
		int unreadable = 0;
		List<DocumentEntity> all = new ArrayList<>(documents.findBySpaceId(space.id()));
		all.sort(java.util.Comparator.comparing(DocumentEntity::uploadedAt).thenComparing(DocumentEntity::id));
		for (DocumentEntity document : all) {
			Optional<VersionEntity> current = versions.findByDocumentIdAndNumber(document.id(),
					document.currentVersion());
			if (current.isEmpty() || !contents.readable(current.get().contentId())) {
				unreadable++;
				continue;
			}
			VersionEntity version = current.get();
			String path = unique(top + folderPath(document.folderId(), byId) + "/" + segment(version.originalName()),
					paths);
			files.add(new SubjectFile(MODULE, CATEGORY, version.id().toString(), path, version.mediaType(),
					version.size()));
		}
		return unreadable;
	}

	@Override
	public void copy(SubjectFile file, OutputStream out) throws IOException {
		if (!MODULE.equals(file.module())) {
			throw new IOException("Not a file of the documents module");
		}
		UUID versionId;
		try {
			versionId = UUID.fromString(file.id());
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("Unknown document file", ex);
		}
		VersionEntity version = versions.findById(versionId)
			.orElseThrow(() -> new IOException("Unknown document file"));
		try (InputStream in = contents.open(version.contentId())) {
			in.transferTo(out);
		}
		catch (ContentShreddedException ex) {
			throw new IOException("The document file was crypto-shredded", ex);
		}
	}

	private static String folderPath(@Nullable UUID folderId, Map<UUID, FolderEntity> byId) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (UUID at = folderId; at != null && byId.containsKey(at) && depth <= byId.size(); depth++) {
			FolderEntity folder = byId.get(at);
			path.insert(0, "/" + segment(folder.name()));
			at = folder.parentId();
		}
		return path.toString();
	}

	/**
	 * A name made safe for one segment of a zip path: no separator, no control character,
	 * no leading dot (hence never {@code ..}), never empty.
	 */
	static String segment(String name) {
		String clean = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip().replaceAll("^\\.+", "_");
		clean = clean.replace("..", "_.");
		return clean.isEmpty() ? "document" : clean;
	}

	/** The path, or the path with (2), (3)… before its extension when already taken. */
	private static String unique(String path, Set<String> taken) {
		String candidate = path;
		int dot = path.lastIndexOf('.');
		boolean extension = dot > path.lastIndexOf('/');
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = extension ? path.substring(0, dot) + " (" + n + ")" + path.substring(dot)
					: path + " (" + n + ")";
		}
		return candidate;
	}

}
