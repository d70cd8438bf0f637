package fr.integrance.documents.internal.storage;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the documents' ciphertexts are kept ({@code app.documents.*}).
 *
 * @param store {@code local} (the default: a directory of this machine) or {@code s3}
 * (S3-compatible object storage, for several nodes)
 * @param directory the local directory ({@code APP_DOCUMENTS_DIRECTORY}); by default
 * {@code ${app.data-dir}/documents}
 * @param s3 the object storage settings, read when {@code store=s3}
 */
@ConfigurationProperties("app.documents")
record DocumentStorageProperties(@DefaultValue("local") Store store, @Nullable Path directory, @DefaultValue S3 s3) {

	enum Store {

		LOCAL, S3

	}

	/**
	 * S3-compatible object storage ({@code app.documents.s3.*}).
	 *
	 * @param endpoint the service's URL, e.g. {@code https://s3.fr-par.scw.cloud}; unset
	 * for AWS itself ({@code APP_DOCUMENTS_S3_ENDPOINT})
	 * @param region the region ({@code APP_DOCUMENTS_S3_REGION})
	 * @param bucket the bucket, which must exist ({@code APP_DOCUMENTS_S3_BUCKET})
	 * @param prefix a key prefix inside the bucket, e.g. {@code contents/}
	 * @param pathStyle path-style addressing ({@code endpoint/bucket/key}), which most
	 * non-AWS services and test servers need
	 * @param accessKey the access key id ({@code APP_DOCUMENTS_S3_ACCESS_KEY}); unset to
	 * use the SDK's default credentials chain (instance role, environment)
	 * @param secretKey the secret access key ({@code APP_DOCUMENTS_S3_SECRET_KEY})
	 */
	record S3(@Nullable URI endpoint, @DefaultValue("eu-west-3") String region, @Nullable String bucket,
			@DefaultValue("") String prefix, @DefaultValue("true") boolean pathStyle, @Nullable String accessKey,
			@Nullable String secretKey) {

		/** Never prints the secret key, only whether it is set. */
		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
					+ ", pathStyle=" + pathStyle + ", accessKey=" + (accessKey != null ? "(set)" : "(unset)")
					+ ", secretKey=" + (secretKey != null ? "(set)" : "(unset)") + "]";
		}

	}

}
