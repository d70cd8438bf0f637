package fr.integrance.documents.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local-directory adapter passes the blob store contract, and leaves no temporary
 * file behind.
 */
class LocalDirectoryBlobStoreTests extends BlobStoreContract {

	@TempDir
	Path directory;

	private LocalDirectoryBlobStore store;

	@BeforeEach
	void createStore() {
		store = new LocalDirectoryBlobStore(directory);
	}

	@Override
	BlobStore store() {
		return store;
	}

	@Test
	void writesOnlyUnderItsDirectoryAndLeavesNoTemporaryFile() throws IOException {
		String key = newKey();
		store.put(key, out -> out.write(bytes(100, 7)));
		String failed = newKey();
		try {
			store.put(failed, out -> {
				throw new IOException("broken");
			});
		}
		catch (IOException expected) {
			// the point of the test
		}

		try (Stream<Path> files = Files.walk(directory)) {
			assertThat(files.filter(Files::isRegularFile)).containsExactly(store.pathOf(key));
		}
		assertThat(store.pathOf(key)).startsWith(directory);
	}

}
