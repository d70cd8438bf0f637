package fr.integrance.notification.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.platform.EncryptedColumn;

/**
 * The outbox's encrypted columns, for the platform's re-encryption job after a key
 * rotation.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	EncryptedColumn mailOutboxSubject() {
		return new EncryptedColumn(OutboxMails.TABLE, "id", "subject");
	}

	@Bean
	EncryptedColumn mailOutboxTextBody() {
		return new EncryptedColumn(OutboxMails.TABLE, "id", "text_body");
	}

	@Bean
	EncryptedColumn mailOutboxHtmlBody() {
		return new EncryptedColumn(OutboxMails.TABLE, "id", "html_body");
	}

}
