package fr.integrance.documents.internal.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Blobs as files of a local directory (the embedded default,
 * {@code ${app.data-dir}/documents}), fanned out by the key's first two characters. A
 * blob is written to a temporary file of the same directory, flushed to disk, then moved
 * to its name atomically: a crash leaves either the whole blob or a temporary file, never
 * half a blob under its name. Paths are built from validated keys only.
 */
final class LocalDirectoryBlobStore implements BlobStore {

	private static final String TEMPORARY_PREFIX = ".tmp-";

	private final Path directory;

	LocalDirectoryBlobStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, BlobWriter writer) throws IOException {
		Path target = pathOf(key);
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, TEMPORARY_PREFIX, ".part");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
				writer.writeTo(new FilterOutputStream(out) {

					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						flush();
					}

				});
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(pathOf(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(pathOf(key));
	}

	@Override
	public boolean exists(String key) throws IOException {
		return Files.isRegularFile(pathOf(key));
	}

	@Override
	public String describe() {
		return "local directory " + directory;
	}

	/** The key's file: the directory, two characters of the key, the key. */
	Path pathOf(String key) {
		BlobStore.checkedKey(key);
		Path path = directory.resolve(key.substring(0, 2)).resolve(key).normalize();
		if (!path.startsWith(directory)) {
			throw new IllegalArgumentException("A blob key may not leave the store's directory");
		}
		return path;
	}

}
