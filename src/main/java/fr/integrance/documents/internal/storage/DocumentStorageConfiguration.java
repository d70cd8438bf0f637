package fr.integrance.documents.internal.storage;

import java.nio.file.Path;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.google.crypto.tink.Aead;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The content store's beans: the documents keyset (read or created when the context
 * starts, so a missing one stops the application at once with the settings to fix named),
 * the blob store chosen by {@code app.documents.store}, and {@link TinkStoredContents}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentStorageProperties.class)
class DocumentStorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DocumentStorageConfiguration.class);

	@Bean
	BlobStore documentBlobStore(DocumentStorageProperties properties,
			@Value("${app.data-dir:./data}") Path dataDirectory) {
		BlobStore store = switch (properties.store()) {
			case LOCAL -> new LocalDirectoryBlobStore(
					properties.directory() != null ? properties.directory() : dataDirectory.resolve("documents"));
			case S3 -> s3(properties.s3());
		};
		log.info("Documents are stored, encrypted, in the {}", store.describe());
		return store;
	}

	@Bean
	TinkStoredContents storedContents(EncryptedContents rows, BlobStore documentBlobStore, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${app.crypto.documents-keyset:}") @Nullable String inlineKeyset,
			@Value("${app.crypto.documents-keyset-file:${app.data-dir:./data}/keys/documents-keyset.json}") @Nullable Path keysetFile,
			@Value("${app.crypto.generate-if-missing:false}") boolean generateIfMissing) {
		boolean inline = inlineKeyset != null && !inlineKeyset.isBlank();
		Aead keyEncryption = DocumentsKeyset.load(inlineKeyset, inline ? null : keysetFile, generateIfMissing);
		return new TinkStoredContents(rows, documentBlobStore, keyEncryption, clock, transactions);
	}

	private static BlobStore s3(DocumentStorageProperties.S3 settings) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("app.documents.store=s3 needs a bucket: set app.documents.s3.bucket"
					+ " (APP_DOCUMENTS_S3_BUCKET)");
		}
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle());
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		if (settings.accessKey() != null && settings.secretKey() != null) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return new S3BlobStore(builder.build(), settings.bucket(), settings.prefix());
	}

}
