package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.IntegrationTest;
import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContents;
import fr.integrance.requests.TestFiles;

/**
 * The one-time migration of the files uploaded before the encrypted store: each file a
 * row names is encrypted into the documents store, linked and deleted; a run stopped
 * after linking finishes at the next one; a file changed on disk or named by no row stays
 * where it is; a second run moves nothing again. Files are read from the former directory
 * until they are moved.
 */
@IntegrationTest
class AttachmentUploadsMigrationTests {

	@Autowired
	AttachmentUploadsMigration migration;

	@Autowired
	AttachmentStore store;

	@Autowired
	CaseAttachments rows;

	@Autowired
	StoredContents contents;

	/**
	 * A row as the former store wrote it, with its plain file in the upload directory.
	 */
	CaseAttachment legacy(byte[] content) throws Exception {
		UUID id = UUID.randomUUID();
		Files.createDirectories(store.legacyDirectory());
		Files.write(store.legacyPathOf(id), content);
		return rows.save(new CaseAttachment(id, "ancien.pdf", "application/pdf", content.length,
				AttachmentStore.sha256Hex(content), Instant.now(), null));
	}

	byte[] read(ContentId id) throws Exception {
		try (InputStream in = contents.open(id)) {
			return in.readAllBytes();
		}
	}

	@Test
	void movesEveryNamedFileIntoTheEncryptedStoreThenDeletesTheOriginal() throws Exception {
		byte[] pdf = TestFiles.pdf();
		byte[] png = TestFiles.png();
		CaseAttachment first = legacy(pdf);
		CaseAttachment second = legacy(png);
		CaseAttachment changed = legacy(pdf);
		Files.write(store.legacyPathOf(changed.id()), png);
		Path orphan = store.legacyPathOf(UUID.randomUUID());
		Files.write(orphan, pdf);
		Path notAnId = store.legacyDirectory().resolve("notes.txt");
		Files.writeString(notAnId, "pas une pièce jointe");
		// Before the move, the file is read from the former directory.
		assertThat(store.contentOf(first.id())).isEqualTo(pdf);

		AttachmentUploadsMigration.Moved run = migration.migrate();

		assertThat(run.moved()).isGreaterThanOrEqualTo(2);
		for (CaseAttachment moved : new CaseAttachment[] { first, second }) {
			CaseAttachment row = rows.findById(moved.id()).orElseThrow();
			assertThat(row.contentId()).isNotNull();
			assertThat(store.legacyPathOf(moved.id())).doesNotExist();
		}
		assertThat(read(Objects.requireNonNull(rows.findById(first.id()).orElseThrow().contentId()))).isEqualTo(pdf);
		assertThat(store.contentOf(second.id())).isEqualTo(png);
		assertThat(rows.findById(changed.id()).orElseThrow().contentId()).isNull();
		assertThat(store.legacyPathOf(changed.id())).exists();
		assertThat(orphan).exists();
		assertThat(notAnId).exists();

		// A second run moves nothing again.
		ContentId firstContent = Objects.requireNonNull(rows.findById(first.id()).orElseThrow().contentId());
		migration.migrate();
		assertThat(rows.findById(first.id()).orElseThrow().contentId()).isEqualTo(firstContent);

		Files.delete(orphan);
		Files.delete(notAnId);
		Files.delete(store.legacyPathOf(changed.id()));
		rows.deleteById(changed.id());
	}

	@Test
	void aRunStoppedAfterLinkingDeletesTheOriginalNextTime() throws Exception {
		byte[] pdf = TestFiles.pdf();
		CaseAttachment attachment = legacy(pdf);
		migration.migrate();
		ContentId content = Objects.requireNonNull(rows.findById(attachment.id()).orElseThrow().contentId());
		// As if the process had stopped between the link's commit and the deletion.
		Files.write(store.legacyPathOf(attachment.id()), pdf);

		AttachmentUploadsMigration.Moved run = migration.migrate();

		assertThat(run.alreadyMoved()).isGreaterThanOrEqualTo(1);
		assertThat(store.legacyPathOf(attachment.id())).doesNotExist();
		assertThat(rows.findById(attachment.id()).orElseThrow().contentId()).isEqualTo(content);
		assertThat(read(content)).isEqualTo(pdf);
	}

	@Test
	void removingAnAttachmentNotYetMovedDeletesItsFile() throws Exception {
		CaseAttachment attachment = legacy(TestFiles.pdf());

		store.discardPending(new fr.integrance.requests.AttachmentId(attachment.id()));

		assertThat(rows.findById(attachment.id())).isEmpty();
		assertThat(store.legacyPathOf(attachment.id())).doesNotExist();
	}

}
