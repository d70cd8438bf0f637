package fr.integrance.documents.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} adapter must do, run against each of them (the local
 * directory, and S3 through an in-process S3 server): a blob reads back as written,
 * streamed; a failed write leaves nothing; deleting is idempotent; keys that are not
 * generated names are refused before any I/O.
 */
abstract class BlobStoreContract {

	/** The adapter under test, fresh or shared. */
	abstract BlobStore store();

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static byte[] read(BlobStore store, String key) throws IOException {
		try (InputStream in = store.open(key)) {
			return in.readAllBytes();
		}
	}

	@Test
	void aBlobReadsBackAsWritten() throws IOException {
		String key = newKey();
		byte[] content = bytes(300_000, 1);

		store().put(key, out -> out.write(content));

		assertThat(store().exists(key)).isTrue();
		assertThat(read(store(), key)).isEqualTo(content);
	}

	@Test
	void anEmptyBlobIsABlob() throws IOException {
		String key = newKey();

		store().put(key, out -> {
		});

		assertThat(store().exists(key)).isTrue();
		assertThat(read(store(), key)).isEmpty();
	}

	@Test
	void aBlobWrittenInPiecesAndLargerThanABufferIsWhole() throws IOException {
		String key = newKey();
		byte[] content = bytes(3 * 1024 * 1024 + 17, 2);

		store().put(key, out -> {
			for (int offset = 0; offset < content.length; offset += 10_000) {
				out.write(content, offset, Math.min(10_000, content.length - offset));
			}
			out.close(); // the writer may close: the store finishes the blob itself
		});

		assertThat(read(store(), key)).isEqualTo(content);
	}

	@Test
	void aFailedWriteLeavesNothing() throws IOException {
		String key = newKey();

		assertThatThrownBy(() -> store().put(key, out -> {
			out.write(bytes(1000, 3));
			throw new IOException("the source broke");
		})).isInstanceOf(IOException.class);

		assertThat(store().exists(key)).isFalse();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void anUnknownBlobIsAbsent() throws IOException {
		String key = newKey();

		assertThat(store().exists(key)).isFalse();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void deletingRemovesTheBlobAndCanBeRepeated() throws IOException {
		String key = newKey();
		store().put(key, out -> out.write(bytes(10, 4)));

		store().delete(key);
		store().delete(key);

		assertThat(store().exists(key)).isFalse();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void blobsAreIndependent() throws IOException {
		String first = newKey();
		String second = newKey();
		store().put(first, out -> out.write(bytes(1000, 5)));
		store().put(second, out -> out.write(bytes(1000, 6)));

		store().delete(first);

		assertThat(read(store(), second)).isEqualTo(bytes(1000, 6));
	}

	@Test
	void keysThatAreNotGeneratedNamesAreRefused() {
		for (String key : Arrays.asList("../../etc/passwd", "..", "a/b/c/d/e/f", "UPPER-CASE-KEY", "short", "",
				"with space inside", "x".repeat(65))) {
			assertThatThrownBy(() -> store().put(key, OutputStream::flush)).as(key)
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store().open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store().delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
		}
	}

}
