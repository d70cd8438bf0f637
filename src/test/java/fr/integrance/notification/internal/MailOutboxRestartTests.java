package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;

import fr.integrance.IntegranceApplication;
import fr.integrance.IntegrationTest;
import fr.integrance.notification.MailId;
import fr.integrance.platform.crypto.CryptoProperties;

/**
 * "The application dies between commit and send": this test's context commits a mail and
 * never dispatches it (the node that died); a second application started over the same
 * database (the same in-memory H2 by its URL, or the same PostgreSQL database) with the
 * same keys sends it, once.
 */
@IntegrationTest
class MailOutboxRestartTests extends OutboxTestSupport {

	@Autowired
	DataSource dataSource;

	@Autowired
	CryptoProperties crypto;

	@Autowired
	Environment environment;

	@Test
	void mailCommittedByANodeThatDiedIsSentOnceByTheNodeStartedNext() throws Exception {
		MailId id = enqueueCommitted(notice("redemarrage@example.org"));
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);

		try (ConfigurableApplicationContext restarted = IntegranceApplication.application()
			.run("--spring.profiles.active=" + String.join(",", environment.getActiveProfiles()),
					"--spring.datasource.url=" + database.getJdbcUrl(),
					"--spring.datasource.username=" + database.getUsername(),
					"--spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
					"--app.crypto.keyset-file=" + crypto.keysetFile().toAbsolutePath(),
					"--app.crypto.index-keyset-file=" + crypto.indexKeysetFile().toAbsolutePath(), "--server.port=0",
					"--spring.main.banner-mode=off")) {
			MailDispatcher nextNode = restarted.getBean(MailDispatcher.class);
			GreenMail nextNodeSmtp = restarted.getBean(GreenMail.class);

			assertThat(nextNode.dispatchDue()).isEqualTo(1);
			assertThat(nextNode.dispatchDue()).isZero();

			assertThat(nextNodeSmtp.getReceivedMessages()).hasSize(1);
			assertThat(nextNodeSmtp.getReceivedMessages()[0].getMessageID())
				.isEqualTo(MailDispatcher.messageId(id, "integrance.fr"));
		}
		assertThat(status(id)).isEqualTo("SENT");
		assertThat(dispatcher.dispatchDue()).as("nothing left for the first node").isZero();
		assertThat(received()).isEmpty();
	}

}
