package fr.integrance.rights.internal.fulfilment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;
import fr.integrance.privacy.DataSubjectRef;

/**
 * The archives of access and portability answers: written as a stream into the documents
 * module's encrypted content store (each archive its own key), reached by a link whose
 * token is kept only as its SHA-256, opened with a one-time code sent apart, for a
 * limited time ({@code app.rights.archive-lifetime}, 30 days by default) and a limited
 * number of wrong codes ({@code app.rights.archive-max-attempts}, 5); then
 * crypto-shredded by {@link ArchivePurgeJob}.
 * <p>
 * The zip is produced on a helper thread into a pipe that the store reads: neither the
 * archive nor a file of it is ever whole in memory, and no plain copy touches the disk.
 */
@Component
class Archives {

	/** Digits of the one-time code. */
	static final int CODE_DIGITS = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StoredContents contents;

	private final ArchiveRepository archives;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final Duration lifetime;

	private final int maxAttempts;

	private final ExecutorService writers = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "rights-archive-writer");
		thread.setDaemon(true);
		return thread;
	});

	Archives(StoredContents contents, ArchiveRepository archives, Clock clock, PlatformTransactionManager transactions,
			@Value("${app.rights.archive-lifetime:P30D}") Duration lifetime,
			@Value("${app.rights.archive-max-attempts:5}") int maxAttempts) {
		this.contents = contents;
		this.archives = archives;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.lifetime = lifetime;
		this.maxAttempts = maxAttempts;
	}

	@PreDestroy
	void stop() {
		writers.shutdownNow();
	}

	/** Writes the archive's content to a stream. */
	@FunctionalInterface
	interface Producer {

		void write(OutputStream out) throws IOException;

	}

	/** An archive stored: its link's token and its code, known only here and now. */
	record Delivered(UUID archive, String token, String code, Instant expiresAt, long size) {

		@Override
		public String toString() {
			return "Delivered[" + archive + "]";
		}
	}

	/**
	 * Stores an archive produced by {@code producer} (on a helper thread, in a read-only
	 * transaction of its own), in the caller's transaction.
	 */
	Delivered store(UUID request, String kind, DataSubjectRef subject, String fileName, Producer producer)
			throws IOException {
		PipedInputStream in = new PipedInputStream(64 * 1024);
		PipedOutputStream pipe = new PipedOutputStream(in);
		Future<?> writing = writers.submit(() -> {
			try (OutputStream out = pipe) {
				readOnly.executeWithoutResult(status -> {
					try {
						producer.write(out);
					}
					catch (IOException ex) {
						throw new ArchiveFailedException(ex);
					}
				});
			}
			return null;
		});
		StoredContent stored;
		try (InputStream reading = in) {
			stored = contents.write(reading);
		}
		catch (IOException | RuntimeException ex) {
			writing.cancel(true);
			throw ex;
		}
		try {
			writing.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			contents.shred(stored.id());
			throw new IOException("Interrupted while writing the archive", ex);
		}
		catch (ExecutionException ex) {
			contents.shred(stored.id());
			throw new IOException("The archive could not be written", ex.getCause());
		}
		String token = token();
		String code = code();
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime);
		archives.save(new ArchiveEntity(id, request, kind, subject.journalRef(), digest(token), codeDigest(id, code),
				stored.id().value(), stored.size(), fileName, now, expires));
		return new Delivered(id, token, code, expires, stored.size());
	}

	/** What a code typed on the download page gives. */
	enum Check {

		/** Valid, waiting for its code. */
		READY,
		/** Right code: the archive may be streamed. */
		OPEN,
		/** Wrong code, attempts left. */
		WRONG,
		/** Too many wrong codes: the link is locked. */
		LOCKED,
		/** Past its expiry, or already shredded. */
		EXPIRED

	}

	/** The archive of a link's token, if any. */
	Optional<ArchiveEntity> byToken(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return archives.findByTokenDigest(digest(token));
	}

	Optional<ArchiveEntity> byId(UUID id) {
		return archives.findById(id);
	}

	/** The state of an archive before a code is typed. */
	Check state(ArchiveEntity archive) {
		if (archive.expired(clock.instant())) {
			return Check.EXPIRED;
		}
		return archive.failedAttempts() >= maxAttempts ? Check.LOCKED : Check.READY;
	}

	/** Checks a code (counts a wrong one), in the caller's transaction. */
	Check check(ArchiveEntity archive, String typed) {
		if (archive.expired(clock.instant())) {
			return Check.EXPIRED;
		}
		if (archive.failedAttempts() >= maxAttempts) {
			return Check.LOCKED;
		}
		String normalised = typed.replaceAll("[\\s-]", "");
		boolean right = normalised.matches("[0-9]{" + CODE_DIGITS + "}")
				&& MessageDigest.isEqual(codeDigest(archive.id(), normalised).getBytes(StandardCharsets.US_ASCII),
						archive.codeDigest().getBytes(StandardCharsets.US_ASCII));
		if (right) {
			return Check.OPEN;
		}
		archive.failedAttempt();
		return archive.failedAttempts() >= maxAttempts ? Check.LOCKED : Check.WRONG;
	}

	int attemptsLeft(ArchiveEntity archive) {
		return Math.max(0, maxAttempts - archive.failedAttempts());
	}

	/** Opens the archive's decrypting stream; the caller closes it. */
	InputStream open(ArchiveEntity archive) {
		return contents.open(new ContentId(archive.contentId().orElseThrow()));
	}

	/** Shreds the archive's content and marks it purged. */
	void shred(ArchiveEntity archive) {
		archive.contentId().ifPresent(id -> contents.shred(new ContentId(id)));
		archive.purged(clock.instant());
	}

	static String digest(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	/**
	 * The code's digest is bound to its archive: the same code elsewhere digests apart.
	 */
	private static String codeDigest(UUID archive, String code) {
		return digest(archive + ":" + code);
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < CODE_DIGITS; i++) {
			code.append(RANDOM.nextInt(10));
		}
		return code.toString();
	}

	/** An archive that could not be written (a module's file unreadable, …). */
	static final class ArchiveFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ArchiveFailedException(IOException cause) {
			super(cause);
		}

	}

}
