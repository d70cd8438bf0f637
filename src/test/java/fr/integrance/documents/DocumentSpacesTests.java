package fr.integrance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.documents.DocumentViews.Comment;
import fr.integrance.documents.DocumentViews.DocumentDetails;
import fr.integrance.documents.DocumentViews.DocumentLine;
import fr.integrance.documents.DocumentViews.DocumentPage;
import fr.integrance.documents.DocumentViews.Download;
import fr.integrance.documents.DocumentViews.Folder;
import fr.integrance.documents.DocumentViews.Space;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.files.HostileFiles;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.requests.TestFiles;
import fr.integrance.testsupport.MutableClock;

/**
 * The document spaces through {@link DocumentSpaces}: folders (create, rename, move,
 * cycles and duplicates refused, delete only when empty), upload and its checks
 * (inspection, per-file and per-space quotas), versions, comments (edited by their author
 * only), listing (folder, search without case or accents, every sort, pages), tenancy (an
 * id of another space is unknown), the audit journal, deletion and erasure
 * (crypto-shredded contents), and the thumbnails made in the background.
 */
@DocumentsTest
class DocumentSpacesTests {

	@Autowired
	DocumentSpaces spaces;

	@Autowired
	StoredContents contents;

	@Autowired
	PersonalDataProviders privacy;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	SpaceOwner owner;

	DocumentActor me;

	SpaceId space;

	@BeforeEach
	void newSpace() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		UUID person = UUID.randomUUID();
		owner = SpaceOwner.person(person);
		me = new DocumentActor(DocumentActor.Kind.OWNER, UUID.randomUUID(), person);
		space = spaces.spaceOf(owner).id();
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	// ------------------------------------------------------------ spaces

	@Test
	void aSpaceIsMadeOnFirstUseAndFoundAfter() {
		SpaceOwner other = SpaceOwner.caseFile(UUID.randomUUID());
		assertThat(spaces.findSpace(other)).isEmpty();
		Space made = spaces.spaceOf(other);
		assertThat(spaces.spaceOf(other).id()).isEqualTo(made.id());
		assertThat(spaces.findSpace(other)).map(Space::id).contains(made.id());
		assertThat(made.usedBytes()).isZero();
		assertThat(made.quotaBytes()).isEqualTo(16 * 1024);
	}

	// ------------------------------------------------------------ folders

	@Test
	void foldersNestAndListByNameWithTheirPath() {
		FolderId papers = spaces.createFolder(space, null, "Papiers", me);
		FolderId bank = spaces.createFolder(space, null, "Banque", me);
		FolderId health = spaces.createFolder(space, papers, "  Santé   et   soins ", me);
		FolderId ids = spaces.createFolder(space, papers, "Identité", me);

		assertThat(spaces.folders(space, null)).extracting(Folder::name).containsExactly("Banque", "Papiers");
		assertThat(spaces.folders(space, papers)).extracting(Folder::name)
			.containsExactly("Identité", "Santé et soins");
		assertThat(spaces.allFolders(space)).extracting(Folder::id).containsExactly(bank, papers, ids, health);
		Folder folder = spaces.folder(space, health);
		assertThat(folder.parentId()).isEqualTo(papers);
		assertThat(folder.path()).extracting(DocumentViews.FolderCrumb::name)
			.containsExactly("Papiers", "Santé et soins");
		assertThat(spaces.folder(space, papers).subfolderCount()).isEqualTo(2);
	}

	@Test
	void siblingNamesAreUniqueWithoutCaseOrAccents() {
		FolderId papers = spaces.createFolder(space, null, "Papiers", me);
		assertThatThrownBy(() -> spaces.createFolder(space, null, "papiers", me)).isInstanceOfSatisfying(
				InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("documents.folder-name.taken"));
		FolderId health = spaces.createFolder(space, null, "Santé", me);
		assertThatThrownBy(() -> spaces.renameFolder(space, health, "PAPIERS", me))
			.isInstanceOf(InvalidValueException.class);
		// the same name elsewhere is fine
		spaces.createFolder(space, papers, "Santé", me);
		spaces.renameFolder(space, health, "Santé 2026", me);
		assertThat(spaces.folder(space, health).name()).isEqualTo("Santé 2026");
	}

	@Test
	void badFolderNamesAreRefusedWithAMessageKey() {
		assertThatThrownBy(() -> spaces.createFolder(space, null, "  ", me)).isInstanceOfSatisfying(
				InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("documents.folder-name.required"));
		assertThatThrownBy(() -> spaces.createFolder(space, null, "a\u0000b", me)).isInstanceOfSatisfying(
				InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("documents.folder-name.invalid"));
		assertThatThrownBy(() -> spaces.createFolder(space, null, "fdp.\u202Etxt", me))
			.isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> spaces.createFolder(space, null, "x".repeat(101), me)).isInstanceOfSatisfying(
				InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("documents.folder-name.too-long"));
		assertThat(spaces.folders(space, null)).isEmpty();
	}

	@Test
	void aFolderMovesButNeverIntoItselfOrItsDescendants() {
		FolderId a = spaces.createFolder(space, null, "A", me);
		FolderId b = spaces.createFolder(space, a, "B", me);
		FolderId c = spaces.createFolder(space, b, "C", me);
		FolderId d = spaces.createFolder(space, null, "D", me);

		for (FolderId target : List.of(a, b, c)) {
			assertThatThrownBy(() -> spaces.moveFolder(space, a, target, me)).isInstanceOfSatisfying(
					InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("documents.folder.move-into-itself"));
		}
		spaces.moveFolder(space, b, d, me);
		assertThat(spaces.folder(space, c).path()).extracting(DocumentViews.FolderCrumb::id).containsExactly(d, b, c);
		spaces.moveFolder(space, b, null, me);
		assertThat(spaces.folder(space, b).parentId()).isNull();
		// a name taken at the destination
		FolderId other = spaces.createFolder(space, d, "B", me);
		assertThatThrownBy(() -> spaces.moveFolder(space, other, null, me)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void onlyAnEmptyFolderIsDeleted() throws Exception {
		FolderId a = spaces.createFolder(space, null, "A", me);
		FolderId b = spaces.createFolder(space, a, "B", me);
		DocumentId document = upload("Quittance", b);
		assertThatThrownBy(() -> spaces.deleteFolder(space, a, me)).isInstanceOfSatisfying(InvalidValueException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("documents.folder.not-empty"));
		assertThatThrownBy(() -> spaces.deleteFolder(space, b, me)).isInstanceOf(InvalidValueException.class);
		assertThat(spaces.folder(space, b).documentCount()).isEqualTo(1);
		spaces.edit(space, document, "Quittance", null, null, me);
		spaces.deleteFolder(space, b, me);
		spaces.deleteFolder(space, a, me);
		assertThat(spaces.allFolders(space)).isEmpty();
		assertThatThrownBy(() -> spaces.folder(space, a)).isInstanceOf(UnknownDocumentException.class);
	}

	// ------------------------------------------------------------ documents

	@Test
	void anUploadIsInspectedStoredListedAndDownloaded() throws Exception {
		FolderId folder = spaces.createFolder(space, null, "Santé", me);
		byte[] pdf = TestFiles.pdf();
		DocumentId id = spaces.upload(space, new NewDocument(folder, "Attestation de droits", "Pour la pharmacie",
				"attestation.pdf", pdf, null, null), me);

		DocumentDetails details = spaces.details(space, id, me);
		DocumentLine line = details.line();
		assertThat(line.title()).isEqualTo("Attestation de droits");
		assertThat(line.originalName()).isEqualTo("attestation.pdf");
		assertThat(line.mediaType()).isEqualTo("application/pdf");
		assertThat(line.size()).isEqualTo(pdf.length);
		assertThat(line.folderId()).isEqualTo(folder);
		assertThat(line.folderName()).isEqualTo("Santé");
		assertThat(line.versionCount()).isEqualTo(1);
		assertThat(details.description()).isEqualTo("Pour la pharmacie");
		assertThat(details.versions()).singleElement().satisfies(v -> assertThat(v.number()).isEqualTo(1));
		assertThat(spaces.spaceOf(owner).usedBytes()).isEqualTo(pdf.length);
		assertThat(spaces.spaceOf(owner).documentCount()).isEqualTo(1);

		Download download = download(id, null);
		assertThat(download.fileName()).isEqualTo("attestation.pdf");
		assertThat(download.mediaType()).isEqualTo("application/pdf");
		assertThat(download.size()).isEqualTo(pdf.length);
		assertThat(bytes(download)).isEqualTo(pdf);
	}

	@Test
	void aBlankTitleIsTheFileName() throws Exception {
		DocumentId id = spaces.upload(space, new NewDocument(null, " ", null, "scan.png", TestFiles.png(), null, null),
				me);
		assertThat(spaces.details(space, id, me).line().title()).isEqualTo("scan.png");
	}

	@Test
	void aRefusedFileStoresNothing() {
		assertThatThrownBy(() -> spaces.upload(space,
				new NewDocument(null, "Facture", null, "facture.pdf", TestFiles.html(), null, null), me))
			.isInstanceOf(FileRejectedException.class);
		assertThatThrownBy(() -> spaces.upload(space,
				new NewDocument(null, "Facture", null, "facture.pdf", TestFiles.pdfWithJavaScript(), null, null), me))
			.isInstanceOf(FileRejectedException.class);
		assertThatThrownBy(() -> spaces.upload(space,
				new NewDocument(null, "bad\u0007title", null, "scan.png", TestFiles.png(), null, null), me))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("documents.title.invalid"));
		assertThat(spaces.spaceOf(owner).documentCount()).isZero();
	}

	@Test
	void officeDocumentsAreKeptWithoutMacros() throws Exception {
		for (HostileFiles.Genuine office : HostileFiles.genuineDocuments()
			.stream()
			.filter(genuine -> genuine.uploadName().matches("(?i).*\\.(docx|xlsx|pptx|odt|ods|odp)"))
			.toList()) {
			DocumentId id = spaces.upload(space,
					new NewDocument(null, office.id(), null, office.uploadName(), office.content(), null, null), me);
			assertThat(bytes(download(id, null))).isEqualTo(office.content());
		}
		for (HostileFiles.Sample macro : HostileFiles.hostileDocuments()
			.stream()
			.filter(sample -> sample.expected() == FileRejection.MACROS)
			.toList()) {
			assertThatThrownBy(() -> spaces.upload(space,
					new NewDocument(null, "Rapport", null, macro.uploadName(), macro.content(), null, null), me))
				.as(macro.id())
				.isInstanceOfSatisfying(FileRejectedException.class,
						ex -> assertThat(ex.reason()).isEqualTo(FileRejection.MACROS));
		}
		assertThat(spaces.spaceOf(owner).documentCount()).isEqualTo(7);
	}

	@Test
	void quotasRefuseABigFileAndAFullSpace() throws Exception {
		byte[] big = noise(120);
		assertThat(big.length).isGreaterThan(6 * 1024);
		assertThatThrownBy(
				() -> spaces.upload(space, new NewDocument(null, "Gros", null, "gros.png", big, null, null), me))
			.isInstanceOfSatisfying(QuotaExceededException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("documents.quota.file");
				assertThat(ex.limitBytes()).isEqualTo(6 * 1024);
			});

		byte[] medium = noise(36);
		assertThat(medium.length).isBetween(2 * 1024, 6 * 1024);
		int stored = 0;
		QuotaExceededException full = null;
		while (full == null && stored < 20) {
			try {
				upload("Page " + stored, null, medium);
				stored++;
			}
			catch (QuotaExceededException ex) {
				full = ex;
			}
		}
		assertThat(full).isNotNull();
		assertThat(full.messageKey()).isEqualTo("documents.quota.space");
		assertThat(stored).isGreaterThanOrEqualTo(2);
		Space usage = spaces.spaceOf(owner);
		assertThat(usage.usedBytes()).isLessThanOrEqualTo(usage.quotaBytes())
			.isGreaterThan(usage.quotaBytes() - medium.length);
		assertThat(usage.documentCount()).isEqualTo(stored);
	}

	@Test
	void aReplacementAddsAVersionAndKeepsThePreviousOnes() throws Exception {
		DocumentId id = upload("Relevé", null);
		byte[] second = TestFiles.jpeg();
		spaces.replace(space, id, "releve-2.jpg", second, me);

		DocumentDetails details = spaces.details(space, id, me);
		assertThat(details.line().versionCount()).isEqualTo(2);
		assertThat(details.line().originalName()).isEqualTo("releve-2.jpg");
		assertThat(details.line().mediaType()).isEqualTo("image/jpeg");
		assertThat(details.versions()).extracting(DocumentViews.Version::number).containsExactly(2, 1);
		assertThat(details.versions()).extracting(DocumentViews.Version::uploadedBy).containsOnly("vous");
		assertThat(bytes(download(id, null))).isEqualTo(second);
		Download first = download(id, 1);
		assertThat(first.fileName()).isEqualTo("releve.png");
		assertThat(bytes(first)).isEqualTo(TestFiles.png());
		assertThatThrownBy(() -> spaces.download(space, id, 3, me)).isInstanceOf(UnknownDocumentException.class);
		assertThat(spaces.spaceOf(owner).usedBytes()).isEqualTo(TestFiles.png().length + second.length);
	}

	@Test
	void editingChangesTitleDescriptionAndFolder() throws Exception {
		FolderId folder = spaces.createFolder(space, null, "Impôts", me);
		DocumentId id = upload("Avis", null);
		spaces.edit(space, id, "Avis d’imposition 2026", "Revenus 2025", folder, me);
		DocumentDetails details = spaces.details(space, id, me);
		assertThat(details.line().title()).isEqualTo("Avis d’imposition 2026");
		assertThat(details.description()).isEqualTo("Revenus 2025");
		assertThat(details.line().folderId()).isEqualTo(folder);
		assertThatThrownBy(() -> spaces.edit(space, id, "", null, null, me)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void commentsAreEditedByTheirAuthorOnly() throws Exception {
		DocumentId id = upload("Jugement", null);
		DocumentActor agent = new DocumentActor(DocumentActor.Kind.GUARDIAN_AGENT, UUID.randomUUID(), null);
		CommentId mine = spaces.comment(space, id, "À renouveler\nen juin", me);
		clock.advance(Duration.ofSeconds(1));
		CommentId theirs = spaces.comment(space, id, "Envoyé au juge", agent);

		List<Comment> seen = spaces.comments(space, id, me);
		assertThat(seen).extracting(Comment::text).containsExactly("À renouveler\nen juin", "Envoyé au juge");
		assertThat(seen).extracting(Comment::mine).containsExactly(true, false);
		assertThat(seen).extracting(Comment::author).containsExactly("vous", "un agent");

		spaces.editComment(space, mine, "À renouveler en juillet", me);
		assertThatThrownBy(() -> spaces.editComment(space, theirs, "Non", me))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.editComment(space, mine, " ", me)).isInstanceOf(InvalidValueException.class);
		List<Comment> after = spaces.comments(space, id, agent);
		assertThat(after.get(0).text()).isEqualTo("À renouveler en juillet");
		assertThat(after.get(0).editedAt()).isNotNull();
		assertThat(after.get(1).editedAt()).isNull();
		assertThat(spaces.details(space, id, me).line().commentCount()).isEqualTo(2);
	}

	// ------------------------------------------------------------ listing

	@Test
	void aListingFiltersSearchesSortsAndPages() throws Exception {
		FolderId folder = spaces.createFolder(space, null, "Dossier", me);
		List<DocumentId> ids = new ArrayList<>();
		String[] titles = { "Écran", "attestation Mutuelle", "Zèbre", "ATTESTATION CPAM", "bail", "Échéancier" };
		for (int i = 0; i < titles.length; i++) {
			clock.advance(Duration.ofMinutes(1));
			ids.add(upload(titles[i], i % 2 == 0 ? folder : null));
		}
		spaces.setDates(space, ids.get(2), LocalDate.of(2031, 1, 1), null, me);
		spaces.setDates(space, ids.get(4), null, LocalDate.of(2030, 1, 1), me);

		assertThat(titles(spaces.documents(space, null, null, DocumentSort.TITLE, 0, 10)))
			.containsExactly("ATTESTATION CPAM", "attestation Mutuelle", "bail", "Échéancier", "Écran", "Zèbre");
		assertThat(titles(spaces.documents(space, null, "attéstation", DocumentSort.TITLE, 0, 10)))
			.containsExactly("ATTESTATION CPAM", "attestation Mutuelle");
		assertThat(titles(spaces.documents(space, null, "ECH", DocumentSort.TITLE, 0, 10)))
			.containsExactly("Échéancier");
		assertThat(titles(spaces.documents(space, null, "100%_", DocumentSort.TITLE, 0, 10))).isEmpty();
		assertThat(titles(spaces.documents(space, folder, null, DocumentSort.TITLE, 0, 10))).containsExactly("bail",
				"Écran", "Zèbre");
		assertThat(titles(spaces.documents(space, null, null, DocumentSort.DUE_DATE, 0, 2))).containsExactly("bail",
				"Zèbre");
		assertThat(titles(spaces.documents(space, null, null, DocumentSort.NEWEST, 0, 1)))
			.containsExactly("Échéancier");
		assertThat(titles(spaces.documents(space, null, null, DocumentSort.OLDEST, 0, 1))).containsExactly("Écran");

		DocumentPage first = spaces.documents(space, null, null, DocumentSort.TITLE, 0, 4);
		DocumentPage second = spaces.documents(space, null, null, DocumentSort.TITLE, 1, 4);
		assertThat(first.total()).isEqualTo(6);
		assertThat(first.pageCount()).isEqualTo(2);
		assertThat(first.lines()).hasSize(4);
		assertThat(titles(second)).containsExactly("Écran", "Zèbre");
		assertThat(spaces.documents(space, null, null, DocumentSort.SIZE, 0, 1000).size()).isEqualTo(100);
	}

	// ------------------------------------------------------------ tenancy

	@Test
	void anIdOfAnotherSpaceIsUnknown() throws Exception {
		FolderId folder = spaces.createFolder(space, null, "Mien", me);
		DocumentId document = upload("Mien", null);
		CommentId comment = spaces.comment(space, document, "Mien", me);

		SpaceOwner stranger = SpaceOwner.person(UUID.randomUUID());
		DocumentActor them = new DocumentActor(DocumentActor.Kind.OWNER, UUID.randomUUID(), stranger.id());
		SpaceId theirs = spaces.spaceOf(stranger).id();

		assertThatThrownBy(() -> spaces.folder(theirs, folder)).isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.folders(theirs, folder)).isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.createFolder(theirs, folder, "x", them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.renameFolder(theirs, folder, "x", them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.deleteFolder(theirs, folder, them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.details(theirs, document, them)).isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.download(theirs, document, null, them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.edit(theirs, document, "x", null, null, them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.setDates(theirs, document, null, null, them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.delete(theirs, document, them)).isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.replace(theirs, document, "x.png", TestFiles.png(), them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.comment(theirs, document, "x", them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.editComment(theirs, comment, "x", me))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.thumbnail(theirs, document)).isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(() -> spaces.upload(theirs,
				new NewDocument(folder, "x", null, "x.png", TestFiles.png(), null, null), them))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(
				() -> spaces.edit(space, document, "x", null, spaces.createFolder(theirs, null, "À eux", them), me))
			.isInstanceOf(UnknownDocumentException.class);
		assertThatThrownBy(
				() -> spaces.documents(new SpaceId(UUID.randomUUID()), null, null, DocumentSort.NEWEST, 0, 10))
			.isInstanceOf(UnknownDocumentException.class);
		assertThat(spaces.documents(theirs, null, null, DocumentSort.NEWEST, 0, 10).total()).isZero();
		assertThat(UnknownDocumentException.class).isAssignableTo(fr.integrance.platform.NotFoundException.class);
	}

	// ------------------------------------------------------------ journal

	@Test
	void changesAndOthersDownloadsAreJournaledByIdOnly() throws Exception {
		DocumentId id = upload("Secret médical", null);
		DocumentActor staff = new DocumentActor(DocumentActor.Kind.STAFF, UUID.randomUUID(), null);
		bytes(download(id, null));
		assertThat(journaled("document.downloaded", id)).isZero();
		bytes(download(id, null, staff));
		assertThat(journaled("document.downloaded", id)).isEqualTo(1);
		assertThat(journaled("document.uploaded", id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_ref = ?", Integer.class,
				DataSubjectRef.person(owner.id()).journalRef()))
			.isGreaterThanOrEqualTo(2);
	}

	// ------------------------------------------------------------ deletion and erasure

	@Test
	void aDeletedDocumentIsShredded() throws Exception {
		DocumentId id = upload("RIB", null);
		spaces.replace(space, id, "rib-2.png", TestFiles.png(), me);
		spaces.comment(space, id, "Nouveau compte", me);
		List<ContentId> stored = contentsOf(id);
		assertThat(stored).hasSize(2).allMatch(contents::readable);

		spaces.delete(space, id, me);

		assertThat(stored).noneMatch(contents::readable);
		assertThatThrownBy(() -> spaces.details(space, id, me)).isInstanceOf(UnknownDocumentException.class);
		assertThat(spaces.spaceOf(owner).usedBytes()).isZero();
		assertThat(journaled("document.deleted", id)).isEqualTo(1);
	}

	@Test
	void anErasureShredsEveryContentAndDeletesTheRows() throws Exception {
		FolderId parent = spaces.createFolder(space, null, "Parent", me);
		FolderId child = spaces.createFolder(space, parent, "Enfant", me);
		DocumentId one = upload("Un", child);
		DocumentId two = upload("Deux", null);
		spaces.comment(space, one, "Un commentaire", me);
		spaces.setDates(space, two, LocalDate.of(2020, 1, 1), null, me);
		List<ContentId> stored = new ArrayList<>(contentsOf(one));
		stored.addAll(contentsOf(two));

		DataSubjectRef subject = DataSubjectRef.person(owner.id());
		assertThat(privacy.export(subject)).filteredOn(section -> section.module().equals("documents"))
			.singleElement()
			.satisfies(section -> {
				assertThat(section.category()).isEqualTo("documents");
				assertThat(section.records().toString()).contains("Un commentaire", "Parent", "Enfant", "releve.png",
						"Deux");
			});
		assertThat(privacy.restrict(subject, RestrictionGround.ACCURACY_CONTESTED))
			.filteredOn(outcome -> outcome.module().equals("documents"))
			.singleElement()
			.satisfies(outcome -> assertThat(outcome.records()).isEqualTo(1));
		privacy.liftRestriction(subject);

		privacy.eraseOrAnonymise(subject);

		assertThat(stored).isNotEmpty().noneMatch(contents::readable);
		assertThat(spaces.findSpace(owner)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from document where id in (?, ?)", Integer.class, one.value(),
				two.value()))
			.isZero();
	}

	// ------------------------------------------------------------ thumbnails

	@Test
	void aThumbnailIsMadeInTheBackground() throws Exception {
		DocumentId id = upload("Photo", null);
		byte[] thumbnail = awaitThumbnail(id);
		assertThat(thumbnail).isEqualTo(DocumentsTestConfiguration.fakeThumbnail("image/png"));
		assertThat(spaces.documents(space, null, null, DocumentSort.NEWEST, 0, 10).lines().get(0).hasThumbnail())
			.isTrue();

		spaces.replace(space, id, "scan.pdf", TestFiles.pdf(), me);
		assertThat(awaitThumbnail(id)).isEqualTo(DocumentsTestConfiguration.fakeThumbnail("application/pdf"));
		List<ContentId> thumbnails = jdbc.queryForList(
				"select thumbnail_content_id from document_version where document_id = ? and thumbnail_content_id is not null",
				UUID.class, id.value())
			.stream()
			.map(ContentId::new)
			.toList();
		assertThat(thumbnails).hasSize(2).allMatch(contents::readable);
		spaces.delete(space, id, me);
		assertThat(thumbnails).noneMatch(contents::readable);
	}

	// ------------------------------------------------------------ helpers

	/** The thumbnail once the background job has made it: polled, at most 10 s. */
	private byte[] awaitThumbnail(DocumentId id) {
		return await("the thumbnail of " + id).atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> spaces.thumbnail(space, id), Optional::isPresent)
			.orElseThrow();
	}

	private DocumentId upload(String title, FolderId folder) throws Exception {
		return upload(title, folder, TestFiles.png());
	}

	private DocumentId upload(String title, FolderId folder, byte[] png) throws Exception {
		return spaces.upload(space, new NewDocument(folder, title, null, "releve.png", png, null, null), me);
	}

	private Download download(DocumentId id, Integer version) {
		return download(id, version, me);
	}

	private Download download(DocumentId id, Integer version, DocumentActor actor) {
		return spaces.download(space, id, version, actor);
	}

	private List<ContentId> contentsOf(DocumentId id) {
		return jdbc
			.queryForList("select content_id from document_version where document_id = ?", UUID.class, id.value())
			.stream()
			.map(ContentId::new)
			.toList();
	}

	private int journaled(String action, DocumentId id) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_ref = ?",
				Integer.class, action, "document:" + id.value());
	}

	private static List<String> titles(DocumentPage page) {
		return page.lines().stream().map(DocumentLine::title).toList();
	}

	/** A PNG of random pixels, {@code edge} pixels square: it does not compress. */
	private static byte[] noise(int edge) {
		Random random = new Random(edge);
		BufferedImage image = new BufferedImage(edge, edge, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < edge; x++) {
			for (int y = 0; y < edge; y++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(Download download) throws IOException {
		try (InputStream in = download.content()) {
			return in.readAllBytes();
		}
	}

}
