package fr.integrance.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.documents.CommentId;
import fr.integrance.documents.DocumentId;
import fr.integrance.documents.DocumentSort;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.DocumentViews.Comment;
import fr.integrance.documents.DocumentViews.DocumentDetails;
import fr.integrance.documents.DocumentViews.Download;
import fr.integrance.documents.DocumentViews.Folder;
import fr.integrance.documents.DocumentViews.Space;
import fr.integrance.documents.FolderId;
import fr.integrance.documents.NewDocument;
import fr.integrance.documents.QuotaExceededException;
import fr.integrance.documents.UnknownDocumentException;
import fr.integrance.documents.web.DocumentForms.CommentForm;
import fr.integrance.documents.web.DocumentForms.DatesForm;
import fr.integrance.documents.web.DocumentForms.EditForm;
import fr.integrance.documents.web.DocumentForms.FolderForm;
import fr.integrance.documents.web.DocumentForms.MoveForm;
import fr.integrance.documents.web.DocumentForms.RenameForm;
import fr.integrance.documents.web.DocumentForms.ReplaceForm;
import fr.integrance.documents.web.DocumentForms.UploadForm;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.InvalidValueException;

/**
 * The pages of one document space, for every channel: a channel's controller extends this
 * class under its own path ({@code @RequestMapping("/iadherent/documents")}) and
 * implements {@link #access}, which checks that the signed-in user may reach the space
 * and says whose it is (a refusal is a {@link DocumentPageNotFoundException}: 404).
 * <p>
 * Paths, below the channel's: the listing ({@code ?dossier=&q=&tri=&page=}); folders
 * ({@code dossiers}, {@code dossiers/{folderId}/renommage}, {@code …/deplacement},
 * {@code …/suppression}); the upload ({@code depot}); a document ({@code {documentId}},
 * with {@code modification}, {@code dates}, {@code version}, {@code commentaires},
 * {@code suppression}, {@code fichier} and {@code apercu}). Every form is posted, then
 * redirected (post/redirect/get); a refused one is shown again with its French error next
 * to the field and its values kept. Downloads are streamed as attachments.
 */
public abstract class DocumentSpacePages {

	/** The listing's template. */
	public static final String SPACE_VIEW = "documents/space";

	/** A document's template. */
	public static final String DOCUMENT_VIEW = "documents/document";

	/** The confirmation before a deletion. */
	public static final String CONFIRM_VIEW = "documents/confirm";

	static final int PAGE_SIZE = 20;

	private static final Map<String, DocumentSort> SORTS = Map.of("recent", DocumentSort.NEWEST, "ancien",
			DocumentSort.OLDEST, "titre", DocumentSort.TITLE, "echeance", DocumentSort.DUE_DATE, "taille",
			DocumentSort.SIZE);

	/** The sort choices, in the order the page offers them. */
	static final List<String> SORT_CODES = List.of("recent", "ancien", "titre", "echeance", "taille");

	private final DocumentSpaces spaces;

	private final Clock clock;

	/**
	 * @param clock the application's clock: what is due is due in France's calendar
	 */
	protected DocumentSpacePages(DocumentSpaces spaces, Clock clock) {
		this.spaces = spaces;
		this.clock = clock;
	}

	/**
	 * Checks that the signed-in user may reach the space the path names and says whose it
	 * is and who acts.
	 * @param pathVariables the path's variables (the channel's own, e.g. a person id)
	 * @throws DocumentPageNotFoundException when the user may not reach it, or it does
	 * not exist
	 */
	protected abstract SpaceAccess access(Map<String, String> pathVariables);

	/** The name of the navigation fragment of the channel ({@code layout/nav}). */
	protected abstract String audience();

	// ------------------------------------------------------------ listing

	@GetMapping
	public String list(@PathVariable Map<String, String> variables,
			@RequestParam(name = "dossier", required = false) @Nullable String folder,
			@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "tri", required = false) @Nullable String sort,
			@RequestParam(name = "page", required = false) @Nullable String page, Model model, Locale locale) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		Optional<FolderId> current = Optional.empty();
		if (folder != null && !folder.isBlank()) {
			current = Optional
				.of(DocumentForms.parseFolder(folder).orElseThrow(() -> new DocumentPageNotFoundException("folder")));
		}
		return listing(access, space, current.orElse(null), query, sort, page, model, locale);
	}

	private String listing(SpaceAccess access, Space space, @Nullable FolderId folderId, @Nullable String query,
			@Nullable String sort, @Nullable String page, Model model, Locale locale) {
		String sortCode = sort != null && SORTS.containsKey(sort) ? sort : "recent";
		int pageNumber = pageNumber(page);
		String trimmedQuery = query == null ? "" : query.strip();
		if (DocumentForms.hasControlCharacter(trimmedQuery, false) || trimmedQuery.length() > 200) {
			trimmedQuery = "";
		}
		Folder folder = folderId == null ? null : spaces.folder(space.id(), folderId);
		// the search looks through the whole space; browsing stays in the folder
		var documents = spaces.documents(space.id(), trimmedQuery.isEmpty() ? folderId : null,
				trimmedQuery.isEmpty() ? null : trimmedQuery, SORTS.getOrDefault(sortCode, DocumentSort.NEWEST),
				pageNumber - 1, PAGE_SIZE);
		common(access, space, model, locale);
		model.addAttribute("folder", folder);
		model.addAttribute("subfolders", trimmedQuery.isEmpty() ? spaces.folders(space.id(), folderId) : List.of());
		model.addAttribute("allFolders", spaces.allFolders(space.id()));
		model.addAttribute("documents", documents);
		model.addAttribute("query", trimmedQuery);
		model.addAttribute("sort", sortCode);
		model.addAttribute("sorts", SORT_CODES);
		model.addAttribute("dueNotices",
				spaces.dueNotices(access.owner(), FrenchDates.today(clock))
					.stream()
					.map(notice -> DueNoticeLink.of(notice, access.basePath(), null))
					.toList());
		addIfMissing(model, "folderForm", FolderForm.empty(folderId));
		addIfMissing(model, "uploadForm", UploadForm.empty(folderId));
		if (folder != null) {
			addIfMissing(model, "renameForm", new RenameForm(folder.name()));
			addIfMissing(model, "moveForm",
					new MoveForm(folder.parentId() == null ? "" : folder.parentId().toString()));
		}
		return SPACE_VIEW;
	}

	private static int pageNumber(@Nullable String page) {
		try {
			return page == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private void common(SpaceAccess access, Space space, Model model, Locale locale) {
		model.addAttribute("audience", audience());
		model.addAttribute("access", access);
		model.addAttribute("space", space);
		model.addAttribute("formats", new DocumentFormats(locale));
	}

	// ------------------------------------------------------------ folders

	@PostMapping("/dossiers")
	public String createFolder(@PathVariable Map<String, String> variables,
			@ModelAttribute("folderForm") FolderForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		FolderId parent = DocumentForms.parseFolder(form.parent()).orElse(null);
		if (parent != null) {
			spaces.folder(space.id(), parent);
		}
		String name = DocumentForms.text(form.name(), "name", true, DocumentForms.NAME_MAX, false, result);
		return submit(result, redirect, locale, "name", "documentpages.flash.folder-created",
				() -> pathTo(access, spaces.createFolder(space.id(), parent, requireText(name), access.actor()), null),
				() -> listing(access, space, parent, null, null, null, model, locale));
	}

	@PostMapping("/dossiers/{folderId}/renommage")
	public String renameFolder(@PathVariable Map<String, String> variables,
			@ModelAttribute("renameForm") RenameForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		FolderId folder = folderOf(variables);
		spaces.folder(space.id(), folder);
		String name = DocumentForms.text(form.name(), "name", true, DocumentForms.NAME_MAX, false, result);
		return submit(result, redirect, locale, "name", "documentpages.flash.folder-renamed", () -> {
			spaces.renameFolder(space.id(), folder, requireText(name), access.actor());
			return pathTo(access, folder, null);
		}, () -> listing(access, space, folder, null, null, null, model, locale));
	}

	@PostMapping("/dossiers/{folderId}/deplacement")
	public String moveFolder(@PathVariable Map<String, String> variables, @ModelAttribute("moveForm") MoveForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		FolderId folder = folderOf(variables);
		spaces.folder(space.id(), folder);
		Optional<FolderId> target = DocumentForms.folder(form.target(), "target", result);
		return submit(result, redirect, locale, "target", "documentpages.flash.folder-moved", () -> {
			try {
				spaces.moveFolder(space.id(), folder, target.orElse(null), access.actor());
			}
			catch (UnknownDocumentException e) {
				throw new InvalidValueException("documentpages.error.folder.unknown");
			}
			return pathTo(access, folder, null);
		}, () -> listing(access, space, folder, null, null, null, model, locale));
	}

	@GetMapping("/dossiers/{folderId}/suppression")
	public String confirmFolderDeletion(@PathVariable Map<String, String> variables, Model model, Locale locale) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		Folder folder = spaces.folder(space.id(), folderOf(variables));
		common(access, space, model, locale);
		model.addAttribute("folder", folder);
		return CONFIRM_VIEW;
	}

	@PostMapping("/dossiers/{folderId}/suppression")
	public String deleteFolder(@PathVariable Map<String, String> variables, Model model, Locale locale,
			RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		Folder folder = spaces.folder(space.id(), folderOf(variables));
		try {
			spaces.deleteFolder(space.id(), folder.id(), access.actor());
		}
		catch (InvalidValueException e) {
			redirect.addFlashAttribute("error", e.messageKey());
			return redirectTo(access, folder.id(), null);
		}
		redirect.addFlashAttribute("flash", "documentpages.flash.folder-deleted");
		return redirectTo(access, folder.parentId(), null);
	}

	// ------------------------------------------------------------ documents

	@PostMapping("/depot")
	public String upload(@PathVariable Map<String, String> variables, @ModelAttribute("uploadForm") UploadForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		Optional<FolderId> folder = DocumentForms.folder(form.folder(), "folder", result);
		if (folder.isPresent() && spaces.allFolders(space.id()).stream().noneMatch(f -> f.id().equals(folder.get()))) {
			result.rejectValue("folder", "documentpages.error.folder.unknown");
		}
		MultipartFile file = form.file();
		requireFile(file, request, response, result, locale);
		String title = DocumentForms.text(form.title(), "title", false, DocumentForms.TITLE_MAX, false, result);
		String description = DocumentForms.text(form.description(), "description", false, DocumentForms.DESCRIPTION_MAX,
				true, result);
		Optional<LocalDate> alert = DocumentForms.date(form.alertDate(), "alertDate", result);
		Optional<LocalDate> reminder = DocumentForms.date(form.reminderDate(), "reminderDate", result);
		return submit(result, redirect, locale, "title", "documentpages.flash.uploaded", () -> {
			MultipartFile sent = Objects.requireNonNull(file);
			String originalName = sent.getOriginalFilename();
			String shownTitle = title != null ? title : titleFrom(originalName);
			var id = spaces.upload(space.id(), new NewDocument(folder.orElse(null), shownTitle, description,
					originalName, bytes(sent), alert.orElse(null), reminder.orElse(null)), access.actor());
			return access.basePath() + "/" + id;
		}, () -> listing(access, space, folder.orElse(null), null, null, null, model, locale));
	}

	/** A title from the file name: without its extension, at most the longest title. */
	static String titleFrom(@Nullable String originalName) {
		String name = originalName == null ? "" : originalName.replaceAll("^.*[/\\\\]", "");
		int dot = name.lastIndexOf('.');
		String title = (dot > 0 ? name.substring(0, dot) : name).strip();
		if (title.isEmpty() || DocumentForms.hasControlCharacter(title, false)) {
			return "Document";
		}
		return title.length() > DocumentForms.TITLE_MAX ? title.substring(0, DocumentForms.TITLE_MAX) : title;
	}

	@GetMapping("/{documentId}")
	public String document(@PathVariable Map<String, String> variables, Model model, Locale locale) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		return documentView(access, space, documentOf(variables), model, locale);
	}

	private String documentView(SpaceAccess access, Space space, DocumentId id, Model model, Locale locale) {
		DocumentDetails details = spaces.details(space.id(), id, access.actor());
		common(access, space, model, locale);
		model.addAttribute("document", details);
		model.addAttribute("line", details.line());
		model.addAttribute("allFolders", spaces.allFolders(space.id()));
		var line = details.line();
		addIfMissing(model, "editForm",
				new EditForm(line.title(), details.description() == null ? "" : details.description(),
						line.folderId() == null ? "" : line.folderId().toString()));
		addIfMissing(model, "datesForm", new DatesForm(line.alertDate() == null ? "" : line.alertDate().toString(),
				line.reminderDate() == null ? "" : line.reminderDate().toString()));
		addIfMissing(model, "commentForm", new CommentForm(""));
		addIfMissing(model, "replaceForm", new ReplaceForm(null));
		return DOCUMENT_VIEW;
	}

	@PostMapping("/{documentId}/modification")
	public String edit(@PathVariable Map<String, String> variables, @ModelAttribute("editForm") EditForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentId id = documentOf(variables);
		spaces.details(space.id(), id, access.actor());
		String title = DocumentForms.text(form.title(), "title", true, DocumentForms.TITLE_MAX, false, result);
		String description = DocumentForms.text(form.description(), "description", false, DocumentForms.DESCRIPTION_MAX,
				true, result);
		Optional<FolderId> folder = DocumentForms.folder(form.folder(), "folder", result);
		if (folder.isPresent() && spaces.allFolders(space.id()).stream().noneMatch(f -> f.id().equals(folder.get()))) {
			result.rejectValue("folder", "documentpages.error.folder.unknown");
		}
		return submit(result, redirect, locale, "title", "documentpages.flash.edited", () -> {
			spaces.edit(space.id(), id, requireText(title), description, folder.orElse(null), access.actor());
			return access.basePath() + "/" + id;
		}, () -> documentView(access, space, id, model, locale));
	}

	@PostMapping("/{documentId}/dates")
	public String dates(@PathVariable Map<String, String> variables, @ModelAttribute("datesForm") DatesForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentId id = documentOf(variables);
		Optional<LocalDate> alert = DocumentForms.date(form.alertDate(), "alertDate", result);
		Optional<LocalDate> reminder = DocumentForms.date(form.reminderDate(), "reminderDate", result);
		return submit(result, redirect, locale, "reminderDate", "documentpages.flash.dates", () -> {
			spaces.setDates(space.id(), id, alert.orElse(null), reminder.orElse(null), access.actor());
			return access.basePath() + "/" + id;
		}, () -> documentView(access, space, id, model, locale));
	}

	@PostMapping("/{documentId}/version")
	public String replace(@PathVariable Map<String, String> variables, @ModelAttribute("replaceForm") ReplaceForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentId id = documentOf(variables);
		spaces.details(space.id(), id, access.actor());
		MultipartFile file = form.file();
		requireFile(file, request, response, result, locale);
		return submit(result, redirect, locale, "file", "documentpages.flash.replaced", () -> {
			MultipartFile sent = Objects.requireNonNull(file);
			spaces.replace(space.id(), id, sent.getOriginalFilename(), bytes(sent), access.actor());
			return access.basePath() + "/" + id;
		}, () -> documentView(access, space, id, model, locale));
	}

	@PostMapping("/{documentId}/commentaires")
	public String comment(@PathVariable Map<String, String> variables, @ModelAttribute("commentForm") CommentForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentId id = documentOf(variables);
		spaces.details(space.id(), id, access.actor());
		String text = DocumentForms.text(form.text(), "text", true, DocumentForms.COMMENT_MAX, true, result);
		return submit(result, redirect, locale, "text", "documentpages.flash.commented", () -> {
			spaces.comment(space.id(), id, requireText(text), access.actor());
			return access.basePath() + "/" + id + "#commentaires";
		}, () -> documentView(access, space, id, model, locale));
	}

	/**
	 * The author's comment, edited: its form comes back under the comment's own name
	 * ({@code commentForm-<id>}) so that an error shows next to that comment.
	 */
	@PostMapping("/{documentId}/commentaires/{commentId}")
	public String editComment(@PathVariable Map<String, String> variables,
			@ModelAttribute("editedComment") CommentForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentId id = documentOf(variables);
		CommentId commentId = new CommentId(DocumentForms.pathId(variables.get("commentId"), "comment"));
		Comment comment = spaces.comments(space.id(), id, access.actor())
			.stream()
			.filter(c -> c.id().equals(commentId) && c.mine())
			.findFirst()
			.orElseThrow(() -> new DocumentPageNotFoundException("comment"));
		String text = DocumentForms.text(form.text(), "text", true, DocumentForms.COMMENT_MAX, true, result);
		return submit(result, redirect, locale, "text", "documentpages.flash.comment-edited", () -> {
			spaces.editComment(space.id(), comment.id(), requireText(text), access.actor());
			return access.basePath() + "/" + id + "#commentaires";
		}, () -> {
			model.addAttribute("editedCommentId", comment.id());
			return documentView(access, space, id, model, locale);
		});
	}

	@GetMapping("/{documentId}/suppression")
	public String confirmDeletion(@PathVariable Map<String, String> variables, Model model, Locale locale) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentDetails details = spaces.details(space.id(), documentOf(variables), access.actor());
		common(access, space, model, locale);
		model.addAttribute("document", details);
		return CONFIRM_VIEW;
	}

	@PostMapping("/{documentId}/suppression")
	public String delete(@PathVariable Map<String, String> variables, RedirectAttributes redirect) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		DocumentId id = documentOf(variables);
		DocumentDetails details = spaces.details(space.id(), id, access.actor());
		spaces.delete(space.id(), id, access.actor());
		redirect.addFlashAttribute("flash", "documentpages.flash.deleted");
		return redirectTo(access, details.line().folderId(), null);
	}

	// ------------------------------------------------------------ files

	/**
	 * The file, streamed as an attachment (never shown inline, never sniffed), its name
	 * in RFC 5987 form.
	 */
	@GetMapping("/{documentId}/fichier")
	public ResponseEntity<InputStreamResource> download(@PathVariable Map<String, String> variables,
			@RequestParam(name = "version", required = false) @Nullable String version) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		Integer number = null;
		if (version != null && !version.isBlank()) {
			try {
				number = Integer.valueOf(version.strip());
			}
			catch (NumberFormatException e) {
				throw new DocumentPageNotFoundException("version");
			}
		}
		Download file = spaces.download(space.id(), documentOf(variables), number, access.actor());
		return ResponseEntity.ok()
			.contentType(mediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(new InputStreamResource(file.content()));
	}

	/** {@code attachment; filename="ascii"; filename*=UTF-8''encoded}. */
	static String contentDisposition(String fileName) {
		String clean = fileName.replaceAll("[\\p{Cntrl}\"\\\\/]", "_");
		String ascii = clean.replaceAll("[^\\x20-\\x7e]", "_");
		return ContentDisposition.attachment().filename(ascii).build() + "; filename*=UTF-8''" + rfc5987(clean);
	}

	private static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

	private static MediaType mediaType(String value) {
		try {
			return MediaType.parseMediaType(value);
		}
		catch (RuntimeException e) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/**
	 * The thumbnail of the first page or image, a PNG; nothing (204) until the background
	 * job has made it or for a type it does not draw; 404 for an unknown document.
	 */
	@GetMapping("/{documentId}/apercu")
	public ResponseEntity<byte[]> thumbnail(@PathVariable Map<String, String> variables) {
		SpaceAccess access = access(variables);
		Space space = spaces.spaceOf(access.owner());
		return spaces.thumbnail(space.id(), documentOf(variables))
			.map(png -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noStore())
				.body(png))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	// ------------------------------------------------------------ helpers

	private static FolderId folderOf(Map<String, String> variables) {
		return new FolderId(DocumentForms.pathId(variables.get("folderId"), "folder"));
	}

	private static DocumentId documentOf(Map<String, String> variables) {
		return new DocumentId(DocumentForms.pathId(variables.get("documentId"), "document"));
	}

	private static String redirectTo(SpaceAccess access, @Nullable FolderId folder, @Nullable String anchor) {
		return "redirect:" + pathTo(access, folder, anchor);
	}

	/** The listing of a folder (the root when null). */
	private static String pathTo(SpaceAccess access, @Nullable FolderId folder, @Nullable String anchor) {
		return access.basePath() + (folder == null ? "" : "?dossier=" + folder) + (anchor == null ? "" : "#" + anchor);
	}

	/** A service call of a form: changes something and says where to go next. */
	@FunctionalInterface
	private interface Change {

		String apply() throws FileRejectedException, QuotaExceededException;

	}

	/**
	 * The one shape of every form: when the checks of its fields left no error, the
	 * service call; done, a flash message and a redirection to where it says; refused (a
	 * value the service does not take, a file refused or over a quota), the French error
	 * beside its field and the page again ({@code again}), the values kept.
	 * @param field the field of a refused value (a description's error goes beside the
	 * description, an alert date's beside the alert date, whatever {@code field} is)
	 */
	private static String submit(BindingResult result, RedirectAttributes redirect, Locale locale, String field,
			String flash, Change change, java.util.function.Supplier<String> again) {
		if (!result.hasErrors()) {
			try {
				String target = change.apply();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:" + target;
			}
			catch (FileRejectedException e) {
				result.rejectValue("file", "documentpages.rejected." + e.reason().name());
			}
			catch (QuotaExceededException e) {
				rejectQuota(result, e, locale);
			}
			catch (InvalidValueException e) {
				result.rejectValue(fieldOf(e.messageKey(), field), e.messageKey());
			}
		}
		return again.get();
	}

	private static String fieldOf(String key, String field) {
		if (key.contains("description")) {
			return "description";
		}
		if (key.contains("alert")) {
			return "alertDate";
		}
		return field;
	}

	/** A text the form's checks accepted: with no error left, never null. */
	private static String requireText(@Nullable String text) {
		return Objects.requireNonNull(text, "checked text");
	}

	/**
	 * The file field: over the document limit (the server did not read it, see
	 * {@link FileInspection#DOCUMENT_TOO_LARGE_ATTRIBUTE}), a French error beside it and
	 * the answer 413; absent or empty, "choose a file".
	 */
	private static void requireFile(@Nullable MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, BindingResult result, Locale locale) {
		if (request.getAttribute(FileInspection.DOCUMENT_TOO_LARGE_ATTRIBUTE) instanceof Long limit) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			rejectQuota(result, new QuotaExceededException("documents.quota.file", limit), locale);
		}
		else if (file == null || file.isEmpty()) {
			result.rejectValue("file", "documentpages.error.file.required");
		}
	}

	/** The space's quota or the per-file limit, in French next to the file field. */
	private static void rejectQuota(Errors result, QuotaExceededException e, Locale locale) {
		String which = e.messageKey().endsWith("file") ? "file" : "space";
		result.rejectValue("file", "documentpages.quota." + which,
				new Object[] { new DocumentFormats(locale).size(e.limitBytes()) }, null);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
