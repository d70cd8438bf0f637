package fr.integrance.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;

/**
 * Makes the thumbnail of a version in the background, once its upload has committed: the
 * content is read back from the store, rendered by the {@link ThumbnailRenderer} bean
 * (nothing happens without one), and the PNG stored encrypted like any content, its id on
 * the version's row. One thread, a bounded queue: a thumbnail is a nicety, and under a
 * flood of uploads the ones that do not fit are skipped (logged), never the uploads.
 */
@Component
class ThumbnailMaker {

	/** The types a renderer draws (the first page of a PDF, an image). */
	static final Set<String> RENDERED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	private static final Logger log = LoggerFactory.getLogger(ThumbnailMaker.class);

	private final ObjectProvider<ThumbnailRenderer> renderers;

	private final VersionRepository versions;

	private final DocumentRepository documents;

	private final StoredContents contents;

	private final TransactionTemplate transactions;

	private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1_000), runnable -> {
				Thread thread = new Thread(runnable, "document-thumbnails");
				thread.setDaemon(true);
				return thread;
			}, (runnable, executor) -> log.warn("Thumbnail queue full: a thumbnail is skipped"));

	ThumbnailMaker(ObjectProvider<ThumbnailRenderer> renderers, VersionRepository versions,
			DocumentRepository documents, StoredContents contents, TransactionTemplate transactions) {
		this.renderers = renderers;
		this.versions = versions;
		this.documents = documents;
		this.contents = contents;
		this.transactions = transactions;
	}

	/** Queues the version's thumbnail once the current transaction commits. */
	void afterCommit(UUID versionId) {
		if (renderers.getIfAvailable() == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			pool.execute(() -> make(versionId));
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				pool.execute(() -> make(versionId));
			}
		});
	}

	/**
	 * Renders and stores the thumbnail of a version, if it has none, is of a type drawn
	 * and still exists; never throws.
	 */
	void make(UUID versionId) {
		try {
			ThumbnailRenderer renderer = renderers.getIfAvailable();
			Optional<VersionEntity> found = versions.findById(versionId);
			if (renderer == null || found.isEmpty() || found.get().thumbnailContentId() != null
					|| !RENDERED_TYPES.contains(found.get().mediaType())) {
				return;
			}
			VersionEntity version = found.get();
			byte[] content;
			try (InputStream in = contents.open(version.contentId())) {
				content = in.readAllBytes();
			}
			Optional<byte[]> png = renderer.render(version.mediaType(), content);
			if (png.isEmpty()) {
				return;
			}
			StoredContent stored;
			try (InputStream in = new ByteArrayInputStream(png.get())) {
				stored = contents.write(in);
			}
			Boolean kept = transactions.execute(status -> attach(versionId, stored.id()));
			if (!Boolean.TRUE.equals(kept)) {
				contents.shred(stored.id());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("No thumbnail for document version {}: {}", versionId, ex.getClass().getSimpleName());
		}
	}

	/**
	 * Whether the version still exists (not deleted meanwhile) and took the thumbnail.
	 */
	private boolean attach(UUID versionId, ContentId thumbnail) {
		@Nullable VersionEntity version = versions.findById(versionId).orElse(null);
		if (version == null || versions.thumbnail(versionId, thumbnail.value()) == 0) {
			return false;
		}
		documents.thumbnailMade(version.documentId(), version.number());
		return true;
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

}
