package fr.integrance.documents.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/**
 * Where ciphertexts live: a port with two adapters, a local directory
 * ({@link LocalDirectoryBlobStore}, the embedded default) and S3-compatible object
 * storage ({@link S3BlobStore}, for several nodes). It only ever sees encrypted bytes,
 * under keys the content store generates ({@link #isValidKey(String)}: never a name from
 * user input). Both adapters pass the same contract test.
 */
interface BlobStore {

	/** Lower-case letters, digits and dashes, 8 to 64 of them (a generated UUID). */
	Pattern KEY = Pattern.compile("[a-z0-9-]{8,64}");

	/** Writes a blob's bytes to the stream it is given, which it must not close. */
	@FunctionalInterface
	interface BlobWriter {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Stores a new blob under {@code key} (a fresh key: keys are never reused): readers
	 * see the whole blob or none of it; when the writer fails, nothing is left behind.
	 */
	void put(String key, BlobWriter writer) throws IOException;

	/**
	 * Opens a blob for reading, streamed; the caller closes it.
	 * @throws NoSuchFileException when there is no blob under the key
	 */
	InputStream open(String key) throws IOException;

	/** Deletes a blob; nothing happens when it is already gone. */
	void delete(String key) throws IOException;

	boolean exists(String key) throws IOException;

	/** What the store is, for logs (never a credential). */
	String describe();

	static boolean isValidKey(String key) {
		return KEY.matcher(key).matches();
	}

	static String checkedKey(String key) {
		if (!isValidKey(key)) {
			throw new IllegalArgumentException("Not a blob key: lower-case letters, digits and dashes only");
		}
		return key;
	}

}
