package fr.integrance.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import fr.integrance.documents.CommentId;
import fr.integrance.documents.CommentText;
import fr.integrance.documents.ContentId;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentDescription;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSort;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.DocumentTitle;
import fr.integrance.documents.DocumentViews.Comment;
import fr.integrance.documents.DocumentViews.DocumentDetails;
import fr.integrance.documents.DocumentViews.DocumentLine;
import fr.integrance.documents.DocumentViews.DocumentPage;
import fr.integrance.documents.DocumentViews.DueNotice;
import fr.integrance.documents.DocumentViews.Download;
import fr.integrance.documents.DocumentViews.Folder;
import fr.integrance.documents.DocumentViews.FolderCrumb;
import fr.integrance.documents.DocumentViews.Space;
import fr.integrance.documents.DocumentViews.Version;
import fr.integrance.documents.FolderId;
import fr.integrance.documents.FolderName;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.QuotaExceededException;
import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;
import fr.integrance.documents.UnknownDocumentException;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileInspection.InspectedFile;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.InvalidValueException;

/**
 * The document spaces, in the database (metadata) and {@link StoredContents} (encrypted
 * contents).
 * <p>
 * Tenancy: every call first loads the space by its id, then looks a folder, document or
 * comment up by its id <em>and</em> the space's ({@code findByIdAndSpaceId}), so that an
 * id of another space is unknown as one that never existed.
 * <p>
 * Upload: the file goes through {@link FileInspection#inspectDocument}, then the per-file
 * limit ({@code app.documents.max-file-bytes}) and the space's quota
 * ({@code app.documents.space-quota-bytes}, counting every version kept) with the space's
 * row locked, so that two uploads cannot both pass it; then its bytes are encrypted into
 * the store. A transaction that rolls back shreds what it wrote; one that commits asks
 * for a thumbnail in the background ({@link ThumbnailMaker}).
 */
@Service
class JpaDocumentSpaces implements DocumentSpaces {

	/** Most lines a page shows. */
	static final int MAX_PAGE_SIZE = 100;

	private final SpaceRepository spaces;

	private final FolderRepository folders;

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final CommentRepository comments;

	private final StoredContents contents;

	private final FileInspection inspection;

	private final DocumentJournal journal;

	private final ThumbnailMaker thumbnails;

	private final DocumentRemoval removal;

	private final MessageSource messages;

	private final Clock clock;

	private final long maxFileBytes;

	private final long spaceQuotaBytes;

	JpaDocumentSpaces(SpaceRepository spaces, FolderRepository folders, DocumentRepository documents,
			VersionRepository versions, CommentRepository comments, StoredContents contents, FileInspection inspection,
			DocumentJournal journal, ThumbnailMaker thumbnails, DocumentRemoval removal, MessageSource messages,
			Clock clock, @Value("${app.documents.max-file-bytes:20MB}") DataSize maxFileBytes,
			@Value("${app.documents.space-quota-bytes:500MB}") DataSize spaceQuotaBytes) {
		this.spaces = spaces;
		this.folders = folders;
		this.documents = documents;
		this.versions = versions;
		this.comments = comments;
		this.contents = contents;
		this.inspection = inspection;
		this.journal = journal;
		this.thumbnails = thumbnails;
		this.removal = removal;
		this.messages = messages;
		this.clock = clock;
		this.maxFileBytes = maxFileBytes.toBytes();
		this.spaceQuotaBytes = spaceQuotaBytes.toBytes();
	}

	// ------------------------------------------------------------ spaces

	@Override
	@Transactional
	public Space spaceOf(SpaceOwner owner) {
		Optional<SpaceEntity> found = spaces.findByOwnerKindAndOwnerId(owner.kind(), owner.id());
		if (found.isPresent()) {
			return view(found.get());
		}
		// two first uses at the same moment: the unique owner refuses the second
		// (DataIntegrityViolationException), whose caller's retry finds the space
		return view(spaces.saveAndFlush(new SpaceEntity(UUID.randomUUID(), owner, clock.instant())));
	}

	@Override
	@Transactional
	public void caseConcerns(UUID caseId, @Nullable UUID personId) {
		SpaceOwner owner = SpaceOwner.caseFile(caseId);
		SpaceEntity space = spaces.findByOwnerKindAndOwnerId(owner.kind(), owner.id())
			.orElseGet(() -> spaces.saveAndFlush(new SpaceEntity(UUID.randomUUID(), owner, clock.instant())));
		if (space.concerns(personId)) {
			spaces.save(space);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Space> findSpace(SpaceOwner owner) {
		return spaces.findByOwnerKindAndOwnerId(owner.kind(), owner.id()).map(this::view);
	}

	private Space view(SpaceEntity space) {
		return new Space(space.spaceId(), space.owner(), documents.storedBytes(space.id()), spaceQuotaBytes,
				(int) documents.countBySpaceId(space.id()));
	}

	private SpaceEntity space(SpaceId id) {
		return spaces.findById(id.value()).orElseThrow(() -> new UnknownDocumentException("Space", id));
	}

	// ------------------------------------------------------------ folders

	@Override
	@Transactional(readOnly = true)
	public List<Folder> folders(SpaceId space, @Nullable FolderId parent) {
		SpaceEntity found = space(space);
		FolderTree tree = tree(found);
		UUID parentId = parent == null ? null : tree.require(parent).id();
		return tree.children(parentId).stream().map(tree::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Folder> allFolders(SpaceId space) {
		FolderTree tree = tree(space(space));
		List<Folder> all = new ArrayList<>();
		tree.depthFirst(null, all);
		return all;
	}

	@Override
	@Transactional(readOnly = true)
	public Folder folder(SpaceId space, FolderId folder) {
		FolderTree tree = tree(space(space));
		return tree.view(tree.require(folder));
	}

	@Override
	@Transactional
	public FolderId createFolder(SpaceId space, @Nullable FolderId parent, String name, DocumentActor actor) {
		SpaceEntity found = space(space);
		String valid = FolderName.of(name).value();
		UUID parentId = parent == null ? null : folderIn(found, parent).id();
		FolderEntity folder = new FolderEntity(UUID.randomUUID(), found.id(), parentId, valid, clock.instant());
		requireFreeName(found, folder.parentKey(), folder.nameKey(), null);
		folders.saveAndFlush(folder);
		journal.record(DocumentJournal.FOLDER_CREATED, actor, found.owner(), DocumentJournal.folderRef(folder.id()));
		return folder.folderId();
	}

	@Override
	@Transactional
	public void renameFolder(SpaceId space, FolderId folder, String name, DocumentActor actor) {
		SpaceEntity found = space(space);
		FolderEntity entity = folderIn(found, folder);
		String valid = FolderName.of(name).value();
		requireFreeName(found, entity.parentKey(), TitleKeys.key(valid), entity.id());
		entity.rename(valid);
		folders.flush();
		journal.record(DocumentJournal.FOLDER_RENAMED, actor, found.owner(), DocumentJournal.folderRef(entity.id()));
	}

	@Override
	@Transactional
	public void moveFolder(SpaceId space, FolderId folder, @Nullable FolderId newParent, DocumentActor actor) {
		SpaceEntity found = space(space);
		FolderTree tree = tree(found);
		FolderEntity entity = tree.require(folder);
		UUID parentId = newParent == null ? null : tree.require(newParent).id();
		for (FolderEntity ancestor = parentId == null ? null
				: tree.byId.get(parentId); ancestor != null; ancestor = ancestor.parentId() == null ? null
						: tree.byId.get(ancestor.parentId())) {
			if (ancestor.id().equals(entity.id())) {
				throw new InvalidValueException("documents.folder.move-into-itself");
			}
		}
		UUID parentKey = parentId == null ? found.id() : parentId;
		requireFreeName(found, parentKey, entity.nameKey(), entity.id());
		entity.moveTo(parentId);
		folders.flush();
		journal.record(DocumentJournal.FOLDER_MOVED, actor, found.owner(), DocumentJournal.folderRef(entity.id()));
	}

	@Override
	@Transactional
	public void deleteFolder(SpaceId space, FolderId folder, DocumentActor actor) {
		SpaceEntity found = space(space);
		FolderEntity entity = folderIn(found, folder);
		if (folders.existsByParentId(entity.id()) || documents.existsByFolderId(entity.id())) {
			throw new InvalidValueException("documents.folder.not-empty");
		}
		folders.delete(entity);
		journal.record(DocumentJournal.FOLDER_DELETED, actor, found.owner(), DocumentJournal.folderRef(entity.id()));
	}

	private FolderEntity folderIn(SpaceEntity space, FolderId folder) {
		return folders.findByIdAndSpaceId(folder.value(), space.id())
			.orElseThrow(() -> new UnknownDocumentException("Folder", folder));
	}

	private void requireFreeName(SpaceEntity space, UUID parentKey, String nameKey, @Nullable UUID self) {
		boolean taken = folders.findBySpaceId(space.id())
			.stream()
			.anyMatch(other -> !other.id().equals(self) && other.parentKey().equals(parentKey)
					&& other.nameKey().equals(nameKey));
		if (taken) {
			throw new InvalidValueException("documents.folder-name.taken");
		}
	}

	private FolderTree tree(SpaceEntity space) {
		Map<UUID, Integer> counts = new HashMap<>();
		for (Object[] row : documents.countByFolder(space.id())) {
			if (row[0] != null) {
				counts.put((UUID) row[0], ((Number) row[1]).intValue());
			}
		}
		return new FolderTree(folders.findBySpaceId(space.id()), counts);
	}

	/** A space's folders, loaded at once: a space has tens of them, not thousands. */
	private static final class FolderTree {

		private final Map<UUID, FolderEntity> byId = new HashMap<>();

		private final Map<@Nullable UUID, List<FolderEntity>> children = new HashMap<>();

		private final Map<UUID, Integer> documentCounts;

		FolderTree(List<FolderEntity> all, Map<UUID, Integer> documentCounts) {
			this.documentCounts = documentCounts;
			Comparator<FolderEntity> byName = Comparator.comparing(FolderEntity::nameKey)
				.thenComparing(FolderEntity::name);
			for (FolderEntity folder : all) {
				byId.put(folder.id(), folder);
				children.computeIfAbsent(folder.parentId(), key -> new ArrayList<>()).add(folder);
			}
			children.values().forEach(list -> list.sort(byName));
		}

		FolderEntity require(FolderId id) {
			FolderEntity folder = byId.get(id.value());
			if (folder == null) {
				throw new UnknownDocumentException("Folder", id);
			}
			return folder;
		}

		List<FolderEntity> children(@Nullable UUID parent) {
			return children.getOrDefault(parent, List.of());
		}

		void depthFirst(@Nullable UUID parent, List<Folder> into) {
			for (FolderEntity child : children(parent)) {
				into.add(view(child));
				depthFirst(child.id(), into);
			}
		}

		Folder view(FolderEntity folder) {
			List<FolderCrumb> path = new ArrayList<>();
			Set<UUID> seen = new HashSet<>();
			for (FolderEntity step = folder; step != null
					&& seen.add(step.id()); step = step.parentId() == null ? null : byId.get(step.parentId())) {
				path.add(0, new FolderCrumb(step.folderId(), step.name()));
			}
			UUID parentId = folder.parentId();
			return new Folder(folder.folderId(), folder.name(), parentId == null ? null : new FolderId(parentId),
					List.copyOf(path), documentCounts.getOrDefault(folder.id(), 0), children(folder.id()).size());
		}

		@Nullable String name(@Nullable UUID id) {
			FolderEntity folder = id == null ? null : byId.get(id);
			return folder == null ? null : folder.name();
		}

	}

	// ------------------------------------------------------------ documents

	@Override
	@Transactional(readOnly = true)
	public DocumentPage documents(SpaceId space, @Nullable FolderId folder, @Nullable String query, DocumentSort sort,
			int page, int size) {
		SpaceEntity found = space(space);
		if (folder != null) {
			folderIn(found, folder);
		}
		int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		int pageNumber = Math.max(0, page);
		UUID spaceId = found.id();
		UUID folderId = folder == null ? null : folder.value();
		String pattern = query == null || query.isBlank() ? null : TitleKeys.containing(query);
		Specification<DocumentEntity> filter = (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(builder.equal(root.get("spaceId"), spaceId));
			if (folderId != null) {
				where.add(builder.equal(root.get("folderId"), folderId));
			}
			if (pattern != null) {
				where.add(builder.like(root.get("titleKey"), pattern, '\\'));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
		Page<DocumentEntity> result = documents.findAll(filter, PageRequest.of(pageNumber, pageSize, order(sort)));
		Map<UUID, String> folderNames = new HashMap<>();
		folders.findBySpaceId(spaceId).forEach(f -> folderNames.put(f.id(), f.name()));
		Map<UUID, Integer> commentCounts = new HashMap<>();
		if (!result.getContent().isEmpty()) {
			for (Object[] row : comments
				.countByDocument(result.getContent().stream().map(DocumentEntity::id).toList())) {
				commentCounts.put((UUID) row[0], ((Number) row[1]).intValue());
			}
		}
		List<DocumentLine> lines = result.getContent()
			.stream()
			.map(document -> line(document, document.folderId() == null ? null : folderNames.get(document.folderId()),
					commentCounts.getOrDefault(document.id(), 0)))
			.toList();
		return new DocumentPage(lines, pageNumber, pageSize, result.getTotalElements());
	}

	/** Each order ends with the id, so that pages never repeat or skip a line. */
	static Sort order(DocumentSort sort) {
		return switch (sort) {
			case NEWEST -> Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id"));
			case OLDEST -> Sort.by(Sort.Order.asc("uploadedAt"), Sort.Order.asc("id"));
			case TITLE -> Sort.by(Sort.Order.asc("titleKey"), Sort.Order.asc("id"));
			// ascending puts the documents without a date last, on H2
			// (DEFAULT_NULL_ORDERING
			// = HIGH) and PostgreSQL alike
			case DUE_DATE -> Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("id"));
			case SIZE -> Sort.by(Sort.Order.desc("currentSize"), Sort.Order.desc("id"));
		};
	}

	private static DocumentLine line(DocumentEntity document, @Nullable String folderName, int commentCount) {
		return new DocumentLine(document.documentId(), document.title(), document.currentName(),
				document.currentMediaType(), document.currentSize(), document.uploadedAt(), document.folder(),
				folderName, document.alertDate(), document.reminderDate(), document.currentVersion(), commentCount,
				document.hasThumbnail());
	}

	@Override
	@Transactional(rollbackFor = { FileRejectedException.class, QuotaExceededException.class })
	public DocumentId upload(SpaceId space, NewDocument document, DocumentActor actor)
			throws FileRejectedException, QuotaExceededException {
		SpaceEntity found = space(space);
		UUID folderId = document.folderId() == null ? null : folderIn(found, document.folderId()).id();
		String description = document.description() == null || document.description().isBlank() ? null
				: DocumentDescription.of(document.description()).value();
		withinFileLimit(document.content().length);
		InspectedFile file = inspection.inspectDocument(document.originalName(), document.content());
		String title = DocumentTitle.of(document.title() == null || document.title().isBlank()
				? shortened(file.displayName(), DocumentTitle.MAX_LENGTH) : document.title())
			.value();
		lockWithin(found, file.content().length);
		StoredContent stored = store(file.content());
		UUID documentId = UUID.randomUUID();
		VersionEntity version = version(documentId, 1, file, stored, actor);
		DocumentEntity entity = new DocumentEntity(documentId, found.id(), folderId, title, description, version);
		entity.dates(document.alertDate(), document.reminderDate());
		documents.saveAndFlush(entity);
		versions.saveAndFlush(version);
		journal.record(DocumentJournal.UPLOADED, actor, found.owner(), DocumentJournal.documentRef(entity.id()));
		thumbnails.afterCommit(version.id());
		return entity.documentId();
	}

	@Override
	@Transactional(rollbackFor = { FileRejectedException.class, QuotaExceededException.class })
	public void replace(SpaceId space, DocumentId document, @Nullable String originalName, byte[] content,
			DocumentActor actor) throws FileRejectedException, QuotaExceededException {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		withinFileLimit(content.length);
		InspectedFile file = inspection.inspectDocument(originalName, content);
		lockWithin(found, file.content().length);
		StoredContent stored = store(file.content());
		VersionEntity version = version(entity.id(), entity.currentVersion() + 1, file, stored, actor);
		entity.current(version);
		versions.saveAndFlush(version);
		documents.flush();
		journal.record(DocumentJournal.REPLACED, actor, found.owner(), DocumentJournal.documentRef(entity.id()));
		thumbnails.afterCommit(version.id());
	}

	private VersionEntity version(UUID documentId, int number, InspectedFile file, StoredContent stored,
			DocumentActor actor) {
		return new VersionEntity(UUID.randomUUID(), documentId, number,
				shortened(file.displayName(), MAX_ORIGINAL_NAME), file.mediaType(), file.content().length,
				stored.sha256(), stored.id(), clock.instant(), actor);
	}

	/** The {@code original_name} column's length. */
	private static final int MAX_ORIGINAL_NAME = 255;

	private static String shortened(String text, int maxLength) {
		return text.codePointCount(0, text.length()) <= maxLength ? text
				: text.substring(0, text.offsetByCodePoints(0, maxLength));
	}

	/**
	 * Locks the space for the rest of the transaction and checks the per-file limit and
	 * the space's quota for {@code bytes} more.
	 */
	/**
	 * The per-file limit, checked before the inspection so that a file over it is told
	 * the limit (the inspection's own size limit is a backstop).
	 */
	private void withinFileLimit(long bytes) throws QuotaExceededException {
		if (bytes > maxFileBytes) {
			throw new QuotaExceededException("documents.quota.file", maxFileBytes);
		}
	}

	private void lockWithin(SpaceEntity space, long bytes) throws QuotaExceededException {
		if (bytes > maxFileBytes) {
			throw new QuotaExceededException("documents.quota.file", maxFileBytes);
		}
		spaces.lockById(space.id());
		if (documents.storedBytes(space.id()) + bytes > spaceQuotaBytes) {
			throw new QuotaExceededException("documents.quota.space", spaceQuotaBytes);
		}
	}

	/** Encrypts into the store; shreds it again if the transaction rolls back. */
	private StoredContent store(byte[] content) {
		StoredContent stored;
		try (InputStream in = new ByteArrayInputStream(content)) {
			stored = contents.write(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store a document", ex);
		}
		ContentId id = stored.id();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						contents.shred(id);
					}
				}
			});
		}
		return stored;
	}

	@Override
	@Transactional(readOnly = true)
	public DocumentDetails details(SpaceId space, DocumentId document, DocumentActor actor) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		String folderName = entity.folderId() == null ? null
				: folders.findById(entity.folderId()).map(FolderEntity::name).orElse(null);
		List<VersionEntity> all = versions.findByDocumentIdOrderByNumberDesc(entity.id());
		List<Version> views = all.stream()
			.map(v -> new Version(v.number(), v.originalName(), v.mediaType(), v.size(), v.uploadedAt(),
					by(v.uploaderKind(), v.uploaderAccountId(), actor)))
			.toList();
		String uploadedBy = all.isEmpty() ? ""
				: by(all.get(all.size() - 1).uploaderKind(), all.get(all.size() - 1).uploaderAccountId(), actor);
		List<Comment> commentViews = commentViews(entity, actor);
		return new DocumentDetails(line(entity, folderName, commentViews.size()), entity.description(), uploadedBy,
				views, commentViews);
	}

	@Override
	@Transactional
	public void edit(SpaceId space, DocumentId document, String title, @Nullable String description,
			@Nullable FolderId folder, DocumentActor actor) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		String validTitle = DocumentTitle.of(title).value();
		String validDescription = description == null || description.isBlank() ? null
				: DocumentDescription.of(description).value();
		UUID folderId = folder == null ? null : folderIn(found, folder).id();
		entity.edit(validTitle, validDescription, folderId);
		documents.flush();
		journal.record(DocumentJournal.EDITED, actor, found.owner(), DocumentJournal.documentRef(entity.id()));
	}

	@Override
	@Transactional
	public void setDates(SpaceId space, DocumentId document, @Nullable LocalDate alertDate,
			@Nullable LocalDate reminderDate, DocumentActor actor) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		entity.dates(alertDate, reminderDate);
		documents.flush();
		journal.record(DocumentJournal.DATES_SET, actor, found.owner(), DocumentJournal.documentRef(entity.id()));
	}

	@Override
	@Transactional
	public void delete(SpaceId space, DocumentId document, DocumentActor actor) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		removal.remove(entity);
		journal.record(DocumentJournal.DELETED, actor, found.owner(), DocumentJournal.documentRef(entity.id()));
	}

	@Override
	@Transactional(readOnly = true)
	public Download download(SpaceId space, DocumentId document, @Nullable Integer version, DocumentActor actor) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		int number = version == null ? entity.currentVersion() : version;
		VersionEntity chosen = versions.findByDocumentIdAndNumber(entity.id(), number)
			.orElseThrow(() -> new UnknownDocumentException("Version", document + "/" + number));
		if (actor.kind() != DocumentActor.Kind.OWNER) {
			journal.record(DocumentJournal.DOWNLOADED, actor, found.owner(), DocumentJournal.documentRef(entity.id()));
		}
		return new Download(chosen.originalName(), chosen.mediaType(), chosen.size(),
				contents.open(chosen.contentId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> thumbnail(SpaceId space, DocumentId document) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		if (!entity.hasThumbnail()) {
			return Optional.empty();
		}
		return versions.findByDocumentIdAndNumber(entity.id(), entity.currentVersion())
			.map(VersionEntity::thumbnailContentId)
			.filter(contents::readable)
			.map(id -> {
				try (InputStream in = contents.open(id)) {
					return in.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read a thumbnail", ex);
				}
			});
	}

	private DocumentEntity documentIn(SpaceEntity space, DocumentId document) {
		return documents.findByIdAndSpaceId(document.value(), space.id())
			.orElseThrow(() -> new UnknownDocumentException("Document", document));
	}

	// ------------------------------------------------------------ comments

	@Override
	@Transactional
	public CommentId comment(SpaceId space, DocumentId document, String text, DocumentActor actor) {
		SpaceEntity found = space(space);
		DocumentEntity entity = documentIn(found, document);
		String valid = CommentText.of(text).value();
		CommentEntity comment = comments
			.saveAndFlush(new CommentEntity(UUID.randomUUID(), entity.id(), actor, valid, clock.instant()));
		journal.record(DocumentJournal.COMMENTED, actor, found.owner(), DocumentJournal.commentRef(comment.id()));
		return comment.commentId();
	}

	@Override
	@Transactional
	public void editComment(SpaceId space, CommentId comment, String text, DocumentActor actor) {
		SpaceEntity found = space(space);
		CommentEntity entity = comments.findById(comment.value())
			.filter(c -> documents.findByIdAndSpaceId(c.documentId(), found.id()).isPresent())
			.filter(c -> c.authorAccountId().equals(actor.accountId()) && c.authorKind() == actor.kind())
			.orElseThrow(() -> new UnknownDocumentException("Comment", comment));
		entity.edit(CommentText.of(text).value(), clock.instant());
		comments.flush();
		journal.record(DocumentJournal.COMMENT_EDITED, actor, found.owner(), DocumentJournal.commentRef(entity.id()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Comment> comments(SpaceId space, DocumentId document, DocumentActor actor) {
		return commentViews(documentIn(space(space), document), actor);
	}

	private List<Comment> commentViews(DocumentEntity document, DocumentActor actor) {
		return comments.findByDocumentIdOrderByWrittenAtAscIdAsc(document.id())
			.stream()
			.map(c -> new Comment(c.commentId(), c.body(), c.writtenAt(), c.editedAt(),
					by(c.authorKind(), c.authorAccountId(), actor),
					c.authorAccountId().equals(actor.accountId()) && c.authorKind() == actor.kind()))
			.toList();
	}

	/** Who did it, as the reader sees it: "you", or the kind of account, never a name. */
	private String by(DocumentActor.Kind kind, UUID accountId, DocumentActor reader) {
		String key = accountId.equals(reader.accountId()) ? "documents.by.you" : switch (kind) {
			case OWNER -> "documents.by.owner";
			case GUARDIAN_AGENT -> "documents.by.guardian-agent";
			case STAFF -> "documents.by.staff";
			case EMPLOYER -> "documents.by.employer";
		};
		Locale locale = LocaleContextHolder.getLocale();
		return Objects.requireNonNullElse(messages.getMessage(key, null, key, locale), key);
	}

	// ------------------------------------------------------------ notices

	@Override
	@Transactional(readOnly = true)
	public List<DueNotice> dueNotices(SpaceOwner owner, LocalDate today) {
		Optional<SpaceEntity> found = spaces.findByOwnerKindAndOwnerId(owner.kind(), owner.id());
		if (found.isEmpty()) {
			return List.of();
		}
		SpaceId spaceId = found.get().spaceId();
		List<DueNotice> notices = new ArrayList<>();
		for (DocumentEntity document : documents.dueIn(found.get().id(), today)) {
			LocalDate alert = document.alertDate();
			if (alert != null && !alert.isAfter(today)) {
				notices.add(new DueNotice(spaceId, owner, document.documentId(), document.title(), DueNotice.Kind.ALERT,
						alert));
			}
			LocalDate reminder = document.reminderDate();
			if (reminder != null && !reminder.isAfter(today)) {
				notices.add(new DueNotice(spaceId, owner, document.documentId(), document.title(),
						DueNotice.Kind.REMINDER, reminder));
			}
		}
		notices.sort(Comparator.comparing(DueNotice::date).thenComparing(notice -> notice.documentId().value()));
		return notices;
	}

}
