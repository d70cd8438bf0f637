package fr.integrance.platform.crypto;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.platform.EncryptedColumn;
import fr.integrance.platform.FieldReEncryptionJob;

/** The re-encryption job, over every {@link EncryptedColumn} the modules declare. */
@Configuration(proxyBeanMethods = false)
class FieldReEncryptionConfiguration {

	@Bean
	FieldReEncryptionJob fieldReEncryptionJob(TinkFieldEncryption encryption, ObjectProvider<EncryptedColumn> columns,
			JdbcTemplate jdbc, TransactionTemplate transactions, CryptoProperties properties) {
		return new JdbcFieldReEncryptionJob(encryption, columns.orderedStream().toList(), jdbc, transactions,
				properties.reEncryptionBatchSize());
	}

}
