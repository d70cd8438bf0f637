package fr.integrance.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.integrance.IntegrationTest;
import fr.integrance.requests.CaseFixtures;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;
import fr.integrance.requests.TestFiles;

/**
 * The purge removes, from the database and the disk, the pending attachments a form kept
 * and never submitted once older than 24 h, and the upload files no row names; it keeps
 * the files of cases and the pending ones of forms still in progress.
 */
@IntegrationTest
class AttachmentPurgeJobTests {

	@Autowired
	AttachmentPurgeJob job;

	@Autowired
	AttachmentStore store;

	@Autowired
	CaseAttachments rows;

	@Autowired
	Requests intake;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	fr.integrance.documents.StoredContents contents;

	fr.integrance.documents.ContentId contentOf(StoredAttachment attachment) {
		return java.util.Objects.requireNonNull(rows.findById(attachment.id().value()).orElseThrow().contentId());
	}

	@Test
	void removesAbandonedPendingFilesAndFilesWithoutARowButKeepsCasesAndRecentOnes() throws Exception {
		Instant old = Instant.now().minus(Duration.ofHours(25));
		StoredAttachment abandoned = store.store("abandon.pdf", TestFiles.pdf(), 0);
		StoredAttachment inProgress = store.store("en-cours.pdf", TestFiles.pdf(), 0);
		StoredAttachment submitted = store.store("soumis.pdf", TestFiles.pdf(), 0);
		SubmittedRequest request = intake.submit(RequestChannel.WEBSITE,
				CaseFixtures.subscription("purge@example.fr", List.of(submitted.id())));
		age(abandoned, old);
		age(submitted, old);
		Files.createDirectories(store.legacyDirectory());
		Path orphan = store.legacyPathOf(UUID.randomUUID());
		Files.write(orphan, TestFiles.pdf());
		Files.setLastModifiedTime(orphan, FileTime.from(old));
		Path freshOrphan = store.legacyPathOf(UUID.randomUUID());
		Files.write(freshOrphan, TestFiles.pdf());

		fr.integrance.documents.ContentId abandonedContent = contentOf(abandoned);
		AttachmentPurgeJob.Purged purged = job.purge();

		assertThat(purged.pendingRows()).isGreaterThanOrEqualTo(1);
		assertThat(purged.orphanFiles()).isGreaterThanOrEqualTo(1);
		assertThat(rows.findById(abandoned.id().value())).isEmpty();
		assertThat(contents.readable(abandonedContent)).isFalse();
		assertThat(orphan).doesNotExist();
		assertThat(freshOrphan).exists();
		assertThat(rows.findById(inProgress.id().value())).isPresent();
		assertThat(contents.readable(contentOf(inProgress))).isTrue();
		assertThat(rows.findByCaseIdOrderByUploadedAt(request.caseId().value())).singleElement()
			.satisfies(row -> assertThat(row.id()).isEqualTo(submitted.id().value()));
		assertThat(contents.readable(contentOf(submitted))).isTrue();
		Files.delete(freshOrphan);
	}

	@Test
	void theJobHoldsTheClusterLock() throws NoSuchMethodException {
		assertThat(AttachmentPurgeJob.class.getMethod("purge")
			.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
			.name()).isEqualTo(AttachmentPurgeJob.LOCK);
	}

	private void age(StoredAttachment attachment, Instant when) {
		jdbc.update("UPDATE request_attachment SET uploaded_at = ? WHERE id = ?", Timestamp.from(when),
				attachment.id().value());
	}

}
