package fr.integrance.documents.internal.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of an S3-compatible bucket (AWS SDK v2), for several nodes sharing one
 * store. A blob is first written to a temporary file (ciphertext only), then uploaded
 * with its length known, in one request: the object appears whole or not at all, and
 * memory stays flat whatever the size. Reading streams the object's body.
 */
final class S3BlobStore implements BlobStore {

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	S3BlobStore(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	@Override
	public void put(String key, BlobWriter writer) throws IOException {
		String objectKey = objectKey(key);
		Path temporary = Files.createTempFile("integrance-blob-", ".part");
		try {
			try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
				writer.writeTo(new FilterOutputStream(file) {

					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						file.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						flush();
					}

				});
			}
			long length = Files.size(temporary);
			client.putObject(request -> request.bucket(bucket).key(objectKey).contentLength(length),
					RequestBody.fromFile(temporary));
		}
		catch (SdkException ex) {
			throw new IOException("Could not upload a blob to bucket " + bucket, ex);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return client.getObject(request -> request.bucket(bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new NoSuchFileException(key);
			}
			throw new IOException("Could not read a blob from bucket " + bucket, ex);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read a blob from bucket " + bucket, ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			client.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
		}
		catch (NoSuchKeyException ex) {
			// Already gone.
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete a blob from bucket " + bucket, ex);
		}
	}

	@Override
	public boolean exists(String key) throws IOException {
		try {
			client.headObject(request -> request.bucket(bucket).key(objectKey(key)));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new IOException("Could not look for a blob in bucket " + bucket, ex);
		}
		catch (SdkException ex) {
			throw new IOException("Could not look for a blob in bucket " + bucket, ex);
		}
	}

	@Override
	public String describe() {
		return "S3 bucket " + bucket;
	}

	private String objectKey(String key) {
		return prefix + BlobStore.checkedKey(key);
	}

}
