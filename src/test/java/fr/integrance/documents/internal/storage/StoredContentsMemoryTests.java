package fr.integrance.documents.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.IntegrationTest;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;

/**
 * A memory bound, not a timing: 20 round trips of a 10 MB content through
 * {@link StoredContents} (written from a stream that never exists whole, read back into a
 * digest) leave the used heap, measured after a garbage collection, within a few MB of
 * where it was. Meant to be run under a small heap too (BENCHMARKS.md):
 * {@code ./mvnw -q test -Dtest=StoredContentsMemoryTests -Dtest.jvmArgs=-Xmx256m -Djacoco.skip=true}.
 */
@IntegrationTest
class StoredContentsMemoryTests {

	private static final Logger log = LoggerFactory.getLogger(StoredContentsMemoryTests.class);

	private static final int SIZE = 10 * 1024 * 1024;

	private static final int ROUND_TRIPS = 20;

	/** The growth allowed: caches warming up, never a 10 MB file kept. */
	private static final long ALLOWED_GROWTH = 6L * 1024 * 1024;

	@Autowired
	StoredContents contents;

	@Test
	void twentyRoundTripsOfTenMegabytesLeaveTheHeapFlat() throws Exception {
		// One round trip first, so that classes and caches are loaded before measuring.
		roundTrip(0);
		long before = usedHeapAfterGc();

		for (int i = 1; i <= ROUND_TRIPS; i++) {
			roundTrip(i);
		}
		long after = usedHeapAfterGc();

		long growth = after - before;
		log.info(String.format(Locale.ROOT,
				"StoredContentsMemoryTests: max heap %d MB, used heap before %.1f MB, after %d round trips"
						+ " of 10 MB %.1f MB, growth %.1f MB",
				Runtime.getRuntime().maxMemory() / (1024 * 1024), before / 1048576.0, ROUND_TRIPS, after / 1048576.0,
				growth / 1048576.0));
		assertThat(growth).isLessThan(ALLOWED_GROWTH);
	}

	private void roundTrip(long seed) throws Exception {
		StoredContent stored;
		try (InputStream source = new GeneratedStream(SIZE, seed)) {
			stored = contents.write(source);
		}
		assertThat(stored.size()).isEqualTo(SIZE);
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(contents.open(stored.id()), digest)) {
			byte[] buffer = new byte[64 * 1024];
			while (in.read(buffer) != -1) {
				// only the digest is kept
			}
		}
		assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(stored.sha256());
		contents.shred(stored.id());
	}

	/**
	 * The smallest used heap seen after each of a few explicit collections (a full,
	 * synchronous collection with the JVM's default collector; no pause between them).
	 */
	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	/** Pseudo-random bytes made as they are read: the content never exists whole. */
	private static final class GeneratedStream extends InputStream {

		private final SplittableRandom random;

		private long remaining;

		GeneratedStream(long size, long seed) {
			this.random = new SplittableRandom(seed);
			this.remaining = size;
		}

		@Override
		public int read() {
			if (remaining == 0) {
				return -1;
			}
			remaining--;
			return random.nextInt(256);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (remaining == 0) {
				return -1;
			}
			int count = (int) Math.min(len, remaining);
			for (int i = 0; i < count; i++) {
				b[off + i] = (byte) random.nextInt(256);
			}
			remaining -= count;
			return count;
		}

	}

}
