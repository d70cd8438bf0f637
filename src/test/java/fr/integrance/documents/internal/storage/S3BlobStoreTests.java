package fr.integrance.documents.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Objects;

import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 adapter passes the blob store contract against an in-process S3 server (S3Proxy
 * with its in-memory backend, signature V4 credentials, path-style addressing), under a
 * key prefix.
 */
class S3BlobStoreTests extends BlobStoreContract {

	private static final String BUCKET = "integrance-documents";

	private static S3ProxyJunitCore server;

	private static S3Client client;

	private static S3BlobStore store;

	@BeforeAll
	static void startServer() throws Exception {
		server = new S3ProxyJunitCore.Builder().withCredentials("test-access-key", "test-secret-key")
			.withBlobStoreProvider("transient-nio2")
			.build();
		server.beforeEach();
		URI endpoint = Objects.requireNonNull(server.getUri());
		client = S3Client.builder()
			.endpointOverride(endpoint)
			.region(Region.EU_WEST_3)
			.forcePathStyle(true)
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create("test-access-key", "test-secret-key")))
			.build();
		client.createBucket(request -> request.bucket(BUCKET));
		store = new S3BlobStore(client, BUCKET, "contents/");
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.afterEach();
	}

	@Override
	BlobStore store() {
		return store;
	}

	@Test
	void blobsAreObjectsUnderThePrefix() throws Exception {
		String key = newKey();

		store.put(key, out -> out.write(bytes(10, 20)));

		assertThat(client.listObjectsV2(request -> request.bucket(BUCKET).prefix("contents/")).contents())
			.anySatisfy(object -> assertThat(object.key()).isEqualTo("contents/" + key));
	}

	@Test
	void theSettingsSelectTheS3StoreWithItsEndpointBucketAndCredentials() throws Exception {
		DocumentStorageProperties properties = new DocumentStorageProperties(DocumentStorageProperties.Store.S3, null,
				new DocumentStorageProperties.S3(server.getUri(), "eu-west-3", BUCKET, "via-settings/", true,
						"test-access-key", "test-secret-key"));

		BlobStore configured = new DocumentStorageConfiguration().documentBlobStore(properties,
				java.nio.file.Path.of("unused"));
		String key = newKey();
		configured.put(key, out -> out.write(bytes(100, 21)));

		assertThat(configured).isInstanceOf(S3BlobStore.class);
		assertThat(read(configured, key)).isEqualTo(bytes(100, 21));
		assertThat(store.exists(key)).as("not under the other prefix").isFalse();
	}

	@Test
	void wrongCredentialsAreAnIoErrorNotABlob() {
		DocumentStorageProperties properties = new DocumentStorageProperties(DocumentStorageProperties.Store.S3, null,
				new DocumentStorageProperties.S3(server.getUri(), "eu-west-3", BUCKET, "", true, "test-access-key",
						"not-the-secret"));
		BlobStore configured = new DocumentStorageConfiguration().documentBlobStore(properties,
				java.nio.file.Path.of("unused"));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> configured.put(newKey(), out -> out.write(1)))
			.isInstanceOf(java.io.IOException.class);
	}

}
