package fr.integrance.documents.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.crypto.tink.Aead;

import fr.integrance.IntegrationTest;
import fr.integrance.documents.ContentId;
import fr.integrance.documents.ContentShreddedException;
import fr.integrance.documents.StoredContent;
import fr.integrance.documents.StoredContents;
import fr.integrance.platform.NotFoundException;

/**
 * The encrypted content store, on the application's database (H2, and PostgreSQL in the
 * PostgreSQL suite) and its local blob store: contents read back as written (empty,
 * small, 10 MB), the blob holds no plaintext, shredding destroys the key and the blob for
 * good, and a tampered or swapped ciphertext or key is refused.
 */
@IntegrationTest
class StoredContentsTests {

	@Autowired
	StoredContents contents;

	@Autowired
	TinkStoredContents implementation;

	@Autowired
	BlobStore blobs;

	@Autowired
	EncryptedContents rows;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	byte[] read(ContentId id) throws IOException {
		try (InputStream in = contents.open(id)) {
			return in.readAllBytes();
		}
	}

	String blobKeyOf(ContentId id) {
		return rows.findById(id.value()).orElseThrow().blobKey();
	}

	byte[] ciphertextOf(ContentId id) throws IOException {
		try (InputStream in = blobs.open(blobKeyOf(id))) {
			return in.readAllBytes();
		}
	}

	void replaceCiphertext(ContentId id, byte[] ciphertext) throws IOException {
		String key = blobKeyOf(id);
		blobs.delete(key);
		blobs.put(key, out -> out.write(ciphertext));
	}

	@Test
	void contentsReadBackAsWrittenWithTheirSizeAndDigest() throws Exception {
		for (byte[] plaintext : new byte[][] { new byte[0], "Attestation de droits".getBytes(StandardCharsets.UTF_8),
				random(10 * 1024 * 1024, 42) }) {
			StoredContent stored = contents.write(new ByteArrayInputStream(plaintext));

			assertThat(stored.size()).isEqualTo(plaintext.length);
			assertThat(stored.sha256()).isEqualTo(sha256(plaintext));
			assertThat(contents.readable(stored.id())).isTrue();
			assertThat(read(stored.id())).isEqualTo(plaintext);
		}
	}

	@Test
	void theBlobHoldsCiphertextOnlyAndEachContentHasItsOwnKey() throws Exception {
		byte[] plaintext = "IBAN FR76 3000 6000 0112 3456 7890 189 — jugement de tutelle".repeat(100)
			.getBytes(StandardCharsets.UTF_8);

		StoredContent first = contents.write(new ByteArrayInputStream(plaintext));
		StoredContent second = contents.write(new ByteArrayInputStream(plaintext));

		byte[] ciphertext = ciphertextOf(first.id());
		assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("IBAN", "tutelle");
		assertThat(ciphertext.length).isGreaterThan(plaintext.length);
		assertThat(ciphertextOf(second.id())).isNotEqualTo(ciphertext);
		assertThat(rows.findById(first.id().value()).orElseThrow().wrappedKey())
			.isNotEqualTo(rows.findById(second.id().value()).orElseThrow().wrappedKey());
		assertThat(first.sha256()).isEqualTo(second.sha256());
	}

	@Test
	void theStreamIsReadToItsEndAndNotClosed() throws Exception {
		AtomicInteger closes = new AtomicInteger();
		InputStream source = new ByteArrayInputStream(random(5000, 1)) {

			@Override
			public void close() throws IOException {
				closes.incrementAndGet();
				super.close();
			}

		};

		StoredContent stored = contents.write(source);

		assertThat(stored.size()).isEqualTo(5000);
		assertThat(closes).hasValue(0);
	}

	@Test
	void anUnknownContentIsShreddedOrUnknownThatIsA404() {
		ContentId unknown = ContentId.random();

		assertThatThrownBy(() -> contents.open(unknown)).isInstanceOf(ContentShreddedException.class)
			.isInstanceOf(NotFoundException.class);
		assertThat(contents.readable(unknown)).isFalse();
		contents.shred(unknown);
	}

	@Test
	void shreddingDestroysTheKeyThenTheBlobAndTheOldCiphertextStaysUnreadable() throws Exception {
		byte[] plaintext = random(200_000, 7);
		StoredContent stored = contents.write(new ByteArrayInputStream(plaintext));
		String blobKey = blobKeyOf(stored.id());
		byte[] ciphertext = ciphertextOf(stored.id());

		contents.shred(stored.id());

		assertThat(contents.readable(stored.id())).isFalse();
		assertThatThrownBy(() -> contents.open(stored.id())).isInstanceOf(ContentShreddedException.class);
		assertThat(blobs.exists(blobKey)).isFalse();
		assertThat(jdbc.queryForObject(
				"select count(*) from document_content where id = ? and wrapped_key is null"
						+ " and shredded_at is not null and blob_deleted_at is not null",
				Integer.class, stored.id().value()))
			.isEqualTo(1);

		// A copy of the ciphertext (a backup) put back cannot be read: the key is gone.
		blobs.put(blobKey, out -> out.write(ciphertext));
		assertThatThrownBy(() -> contents.open(stored.id())).isInstanceOf(ContentShreddedException.class);
		blobs.delete(blobKey);

		contents.shred(stored.id());
		assertThat(contents.readable(stored.id())).isFalse();
	}

	@Test
	void shreddingInsideATransactionDeletesTheBlobOnlyOnceCommitted() throws Exception {
		StoredContent stored = contents.write(new ByteArrayInputStream(random(1000, 8)));
		String blobKey = blobKeyOf(stored.id());

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			contents.shred(stored.id());
			try {
				assertThat(blobs.exists(blobKey)).isTrue();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(blobs.exists(blobKey)).isFalse();
		assertThat(contents.readable(stored.id())).isFalse();
	}

	@Test
	void aWriteRolledBackWithItsTransactionLeavesNoBlob() throws Exception {
		ContentId[] written = new ContentId[1];
		String[] blobKey = new String[1];
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			try {
				written[0] = contents.write(new ByteArrayInputStream(random(1000, 9))).id();
				blobKey[0] = blobKeyOf(written[0]);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			status.setRollbackOnly();
		});

		assertThat(rows.findById(written[0].value())).isEmpty();
		assertThat(blobs.exists(blobKey[0])).isFalse();
	}

	@Test
	void aFailedBlobDeletionIsNoErrorAndIsRetriedByThePurge() throws Exception {
		AtomicInteger failures = new AtomicInteger(1);
		BlobStore flaky = new BlobStore() {

			@Override
			public void put(String key, BlobWriter writer) throws IOException {
				blobs.put(key, writer);
			}

			@Override
			public InputStream open(String key) throws IOException {
				return blobs.open(key);
			}

			@Override
			public void delete(String key) throws IOException {
				if (failures.getAndDecrement() > 0) {
					throw new IOException("the store is unreachable");
				}
				blobs.delete(key);
			}

			@Override
			public boolean exists(String key) throws IOException {
				return blobs.exists(key);
			}

			@Override
			public String describe() {
				return "flaky store";
			}

		};
		Aead kek = DocumentsKeyset.load(null, java.nio.file.Path.of("target/test-keys/flaky/documents-keyset.json"),
				true);
		TinkStoredContents store = new TinkStoredContents(rows, flaky, kek, clock, transactions);
		StoredContent stored = store.write(new ByteArrayInputStream(random(1000, 10)));
		String blobKey = blobKeyOf(stored.id());

		store.shred(stored.id());

		assertThat(store.readable(stored.id())).isFalse();
		assertThat(blobs.exists(blobKey)).isTrue();

		int deleted = new ShreddedBlobPurgeJob(rows, store).purge();

		assertThat(deleted).isPositive();
		assertThat(blobs.exists(blobKey)).isFalse();
		assertThat(rows.findById(stored.id().value()).orElseThrow().blobDeletedAt()).isNotNull();
	}

	@Test
	void aTamperedCiphertextIsRefused() throws Exception {
		StoredContent stored = contents.write(new ByteArrayInputStream(random(100_000, 11)));
		byte[] ciphertext = ciphertextOf(stored.id());
		ciphertext[ciphertext.length / 2] ^= 0x01;
		replaceCiphertext(stored.id(), ciphertext);

		assertThatThrownBy(() -> read(stored.id())).isInstanceOf(IOException.class);
	}

	@Test
	void aTruncatedCiphertextIsRefused() throws Exception {
		StoredContent stored = contents.write(new ByteArrayInputStream(random(100_000, 12)));
		byte[] ciphertext = ciphertextOf(stored.id());
		replaceCiphertext(stored.id(), java.util.Arrays.copyOf(ciphertext, ciphertext.length - 100));

		assertThatThrownBy(() -> read(stored.id())).isInstanceOf(IOException.class);
	}

	@Test
	void aCiphertextSwappedWithAnotherContentsIsRefused() throws Exception {
		StoredContent first = contents.write(new ByteArrayInputStream(random(5000, 13)));
		StoredContent second = contents.write(new ByteArrayInputStream(random(5000, 14)));

		replaceCiphertext(second.id(), ciphertextOf(first.id()));

		assertThatThrownBy(() -> read(second.id())).isInstanceOf(IOException.class);
		assertThat(read(first.id())).isEqualTo(random(5000, 13));
	}

	@Test
	void aWrappedKeyMovedToAnotherContentIsRefused() throws Exception {
		StoredContent first = contents.write(new ByteArrayInputStream(random(5000, 15)));
		StoredContent second = contents.write(new ByteArrayInputStream(random(5000, 16)));
		// Both the ciphertext and the key of the first, under the second's id.
		replaceCiphertext(second.id(), ciphertextOf(first.id()));
		jdbc.update("update document_content set wrapped_key = (select wrapped_key from document_content where id = ?)"
				+ " where id = ?", first.id().value(), second.id().value());

		assertThatThrownBy(() -> read(second.id())).isInstanceOf(IllegalStateException.class);
	}

}
