package fr.integrance.documents.web;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.integrance.documents.CommentId;
import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSort;
import fr.integrance.documents.DocumentSpaces;
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
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.QuotaExceededException;
import fr.integrance.documents.SpaceId;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.UnknownDocumentException;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.InvalidValueException;

/**
 * A stand-in for the documents module's service in the page tests, written while the
 * domain was being built beside the pages: spaces in memory, a 1 MB space quota, files
 * whose name ends in {@code .exe} refused. It keeps the API's contract for ids outside a
 * space (unknown).
 */
public class InMemoryDocumentSpaces implements DocumentSpaces {

	/** Replaces the real service in a test context. */
	@TestConfiguration
	public static class Configuration {

		@Bean
		@Primary
		InMemoryDocumentSpaces inMemoryDocumentSpaces(Clock clock) {
			return new InMemoryDocumentSpaces(clock);
		}

	}

	static final long QUOTA = 1024 * 1024;

	record StoredFolder(FolderId id, SpaceId space, String name, @Nullable FolderId parent) {
	}

	record StoredVersion(int number, String name, String type, byte[] content, Instant at, String by) {
	}

	static final class StoredDocument {

		DocumentId id;

		SpaceId space;

		String title;

		@Nullable String description;

		@Nullable FolderId folder;

		@Nullable LocalDate alert;

		@Nullable LocalDate reminder;

		List<StoredVersion> versions = new ArrayList<>();

		List<StoredComment> comments = new ArrayList<>();

		StoredDocument(DocumentId id, SpaceId space, String title) {
			this.id = id;
			this.space = space;
			this.title = title;
		}

	}

	record StoredComment(CommentId id, UUID author, String text, Instant at, @Nullable Instant edited) {
	}

	private final Clock clock;

	private final Map<SpaceOwner, SpaceId> spaces = new ConcurrentHashMap<>();

	private final Map<FolderId, StoredFolder> folders = new ConcurrentHashMap<>();

	private final Map<DocumentId, StoredDocument> documents = new ConcurrentHashMap<>();

	InMemoryDocumentSpaces(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Space spaceOf(SpaceOwner owner) {
		SpaceId id = spaces.computeIfAbsent(owner, o -> new SpaceId(UUID.randomUUID()));
		return space(owner, id);
	}

	private Space space(SpaceOwner owner, SpaceId id) {
		List<StoredDocument> docs = docs(id).toList();
		return new Space(id, owner, docs.stream().mapToLong(d -> current(d).content().length).sum(), QUOTA,
				docs.size());
	}

	@Override
	public void caseConcerns(UUID caseId, @Nullable UUID personId) {
		spaceOf(SpaceOwner.caseFile(caseId));
	}

	@Override
	public Optional<Space> findSpace(SpaceOwner owner) {
		return Optional.ofNullable(spaces.get(owner)).map(id -> space(owner, id));
	}

	private Stream<StoredDocument> docs(SpaceId space) {
		return documents.values().stream().filter(d -> d.space.equals(space));
	}

	@Override
	public List<Folder> folders(SpaceId space, @Nullable FolderId parent) {
		return folders.values()
			.stream()
			.filter(f -> f.space().equals(space) && java.util.Objects.equals(f.parent(), parent))
			.sorted(Comparator.comparing(StoredFolder::name))
			.map(this::view)
			.toList();
	}

	@Override
	public List<Folder> allFolders(SpaceId space) {
		List<Folder> all = new ArrayList<>();
		walk(space, null, all);
		return all;
	}

	private void walk(SpaceId space, @Nullable FolderId parent, List<Folder> into) {
		for (Folder f : folders(space, parent)) {
			into.add(f);
			walk(space, f.id(), into);
		}
	}

	private Folder view(StoredFolder f) {
		List<FolderCrumb> path = new ArrayList<>();
		StoredFolder at = f;
		while (at != null) {
			path.add(0, new FolderCrumb(at.id(), at.name()));
			at = at.parent() == null ? null : folders.get(at.parent());
		}
		int docs = (int) documents.values().stream().filter(d -> f.id().equals(d.folder)).count();
		int subs = (int) folders.values().stream().filter(s -> f.id().equals(s.parent())).count();
		return new Folder(f.id(), f.name(), f.parent(), path, docs, subs);
	}

	private StoredFolder stored(SpaceId space, FolderId id) {
		StoredFolder f = folders.get(id);
		if (f == null || !f.space().equals(space)) {
			throw new UnknownDocumentException("folder", id);
		}
		return f;
	}

	@Override
	public Folder folder(SpaceId space, FolderId folder) {
		return view(stored(space, folder));
	}

	@Override
	public FolderId createFolder(SpaceId space, @Nullable FolderId parent, String name, DocumentActor actor) {
		if (parent != null) {
			stored(space, parent);
		}
		if (folders(space, parent).stream().anyMatch(f -> f.name().equalsIgnoreCase(name))) {
			throw new InvalidValueException("documents.folder.name.taken");
		}
		FolderId id = new FolderId(UUID.randomUUID());
		folders.put(id, new StoredFolder(id, space, name, parent));
		return id;
	}

	@Override
	public void renameFolder(SpaceId space, FolderId folder, String name, DocumentActor actor) {
		StoredFolder f = stored(space, folder);
		folders.put(folder, new StoredFolder(folder, space, name, f.parent()));
	}

	@Override
	public void moveFolder(SpaceId space, FolderId folder, @Nullable FolderId newParent, DocumentActor actor) {
		StoredFolder f = stored(space, folder);
		if (newParent != null && view(stored(space, newParent)).path().stream().anyMatch(c -> c.id().equals(folder))) {
			throw new InvalidValueException("documents.folder.move.into-itself");
		}
		folders.put(folder, new StoredFolder(folder, space, f.name(), newParent));
	}

	@Override
	public void deleteFolder(SpaceId space, FolderId folder, DocumentActor actor) {
		Folder f = folder(space, folder);
		if (f.documentCount() > 0 || f.subfolderCount() > 0) {
			throw new InvalidValueException("documents.folder.not-empty");
		}
		folders.remove(folder);
	}

	@Override
	public DocumentPage documents(SpaceId space, @Nullable FolderId folder, @Nullable String query, DocumentSort sort,
			int page, int size) {
		List<DocumentLine> lines = docs(space).filter(d -> query != null || java.util.Objects.equals(d.folder, folder))
			.filter(d -> query == null || d.title.toLowerCase().contains(query.toLowerCase()))
			.map(this::line)
			.sorted(switch (sort) {
				case TITLE -> Comparator.comparing(DocumentLine::title);
				case OLDEST -> Comparator.comparing(DocumentLine::uploadedAt);
				case SIZE -> Comparator.comparing(DocumentLine::size).reversed();
				default -> Comparator.comparing(DocumentLine::uploadedAt).reversed();
			})
			.toList();
		int from = Math.min(lines.size(), page * size);
		return new DocumentPage(lines.subList(from, Math.min(lines.size(), from + size)), page, size, lines.size());
	}

	private static StoredVersion current(StoredDocument d) {
		return d.versions.get(d.versions.size() - 1);
	}

	private DocumentLine line(StoredDocument d) {
		StoredVersion v = current(d);
		StoredFolder f = d.folder == null ? null : folders.get(d.folder);
		return new DocumentLine(d.id, d.title, v.name(), v.type(), v.content().length, v.at(), d.folder,
				f == null ? null : f.name(), d.alert, d.reminder, d.versions.size(), d.comments.size(), false);
	}

	private StoredDocument stored(SpaceId space, DocumentId id) {
		StoredDocument d = documents.get(id);
		if (d == null || !d.space.equals(space)) {
			throw new UnknownDocumentException("document", id);
		}
		return d;
	}

	private void check(SpaceId space, @Nullable String name, byte[] content)
			throws FileRejectedException, QuotaExceededException {
		if (name != null && name.endsWith(".exe")) {
			throw new FileRejectedException(FileRejection.TYPE_NOT_ALLOWED);
		}
		long used = docs(space).mapToLong(d -> current(d).content().length).sum();
		if (used + content.length > QUOTA) {
			throw new QuotaExceededException("documents.quota.space", QUOTA);
		}
	}

	private static String by(DocumentActor actor) {
		return switch (actor.kind()) {
			case OWNER -> "vous";
			case GUARDIAN_AGENT -> "un agent";
			case STAFF -> "la mutuelle";
			case EMPLOYER -> "l’employeur";
		};
	}

	@Override
	public DocumentId upload(SpaceId space, NewDocument document, DocumentActor actor)
			throws FileRejectedException, QuotaExceededException {
		check(space, document.originalName(), document.content());
		DocumentId id = new DocumentId(UUID.randomUUID());
		StoredDocument d = new StoredDocument(id, space, document.title());
		d.description = document.description();
		d.folder = document.folderId();
		d.alert = document.alertDate();
		d.reminder = document.reminderDate();
		d.versions.add(new StoredVersion(1, document.originalName() == null ? "document" : document.originalName(),
				"application/pdf", document.content(), clock.instant(), by(actor)));
		documents.put(id, d);
		return id;
	}

	@Override
	public void replace(SpaceId space, DocumentId document, @Nullable String originalName, byte[] content,
			DocumentActor actor) throws FileRejectedException, QuotaExceededException {
		StoredDocument d = stored(space, document);
		check(space, originalName, content);
		d.versions.add(new StoredVersion(d.versions.size() + 1, originalName == null ? "document" : originalName,
				"application/pdf", content, clock.instant(), by(actor)));
	}

	@Override
	public DocumentDetails details(SpaceId space, DocumentId document, DocumentActor actor) {
		StoredDocument d = stored(space, document);
		List<Version> versions = new ArrayList<>();
		for (StoredVersion v : d.versions) {
			versions.add(0, new Version(v.number(), v.name(), v.type(), v.content().length, v.at(), v.by()));
		}
		return new DocumentDetails(line(d), d.description, current(d).by(), versions, comments(space, document, actor));
	}

	@Override
	public void edit(SpaceId space, DocumentId document, String title, @Nullable String description,
			@Nullable FolderId folder, DocumentActor actor) {
		StoredDocument d = stored(space, document);
		d.title = title;
		d.description = description;
		d.folder = folder;
	}

	@Override
	public void setDates(SpaceId space, DocumentId document, @Nullable LocalDate alertDate,
			@Nullable LocalDate reminderDate, DocumentActor actor) {
		StoredDocument d = stored(space, document);
		d.alert = alertDate;
		d.reminder = reminderDate;
	}

	@Override
	public void delete(SpaceId space, DocumentId document, DocumentActor actor) {
		stored(space, document);
		documents.remove(document);
	}

	@Override
	public Download download(SpaceId space, DocumentId document, @Nullable Integer version, DocumentActor actor) {
		StoredDocument d = stored(space, document);
		StoredVersion v = version == null ? current(d)
				: d.versions.stream()
					.filter(x -> x.number() == version)
					.findFirst()
					.orElseThrow(() -> new UnknownDocumentException("version", version));
		return new Download(v.name(), v.type(), v.content().length, new ByteArrayInputStream(v.content()));
	}

	@Override
	public Optional<byte[]> thumbnail(SpaceId space, DocumentId document) {
		stored(space, document);
		return Optional.empty();
	}

	@Override
	public CommentId comment(SpaceId space, DocumentId document, String text, DocumentActor actor) {
		CommentId id = new CommentId(UUID.randomUUID());
		stored(space, document).comments.add(new StoredComment(id, actor.accountId(), text, clock.instant(), null));
		return id;
	}

	@Override
	public void editComment(SpaceId space, CommentId comment, String text, DocumentActor actor) {
		for (StoredDocument d : docs(space).toList()) {
			for (int i = 0; i < d.comments.size(); i++) {
				StoredComment c = d.comments.get(i);
				if (c.id().equals(comment) && c.author().equals(actor.accountId())) {
					d.comments.set(i, new StoredComment(c.id(), c.author(), text, c.at(), clock.instant()));
					return;
				}
			}
		}
		throw new UnknownDocumentException("comment", comment);
	}

	@Override
	public List<Comment> comments(SpaceId space, DocumentId document, DocumentActor actor) {
		return stored(space, document).comments.stream()
			.map(c -> new Comment(c.id(), c.text(), c.at(), c.edited(),
					c.author().equals(actor.accountId()) ? "vous" : "un agent", c.author().equals(actor.accountId())))
			.toList();
	}

	@Override
	public List<DueNotice> dueNotices(SpaceOwner owner, LocalDate today) {
		SpaceId space = spaces.get(owner);
		if (space == null) {
			return List.of();
		}
		Map<String, DueNotice> notices = new LinkedHashMap<>();
		docs(space).forEach(d -> {
			if (d.alert != null && !d.alert.isAfter(today)) {
				notices.put(d.id + "a", new DueNotice(space, owner, d.id, d.title, DueNotice.Kind.ALERT, d.alert));
			}
			if (d.reminder != null && !d.reminder.isAfter(today)) {
				notices.put(d.id + "r",
						new DueNotice(space, owner, d.id, d.title, DueNotice.Kind.REMINDER, d.reminder));
			}
		});
		return List.copyOf(notices.values());
	}

}
