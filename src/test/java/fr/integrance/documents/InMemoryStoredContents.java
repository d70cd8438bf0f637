package fr.integrance.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contents kept in memory, until the storage adapters land: what the domain's tests need
 * of {@link StoredContents} (write, open, readable, shred).
 */
public class InMemoryStoredContents implements StoredContents {

	private final Map<ContentId, byte[]> contents = new ConcurrentHashMap<>();

	@Override
	public StoredContent write(InputStream plaintext) throws IOException {
		byte[] bytes = plaintext.readAllBytes();
		ContentId id = ContentId.random();
		contents.put(id, bytes);
		try {
			return new StoredContent(id, bytes.length,
					HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public InputStream open(ContentId id) {
		byte[] bytes = contents.get(id);
		if (bytes == null) {
			throw new ContentShreddedException(id);
		}
		return new ByteArrayInputStream(bytes);
	}

	@Override
	public boolean readable(ContentId id) {
		return contents.containsKey(id);
	}

	@Override
	public void shred(ContentId id) {
		contents.remove(id);
	}

}
