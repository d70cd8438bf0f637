package fr.integrance.people.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.platform.EncryptedColumn;

/** The people module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

	@Bean
	EncryptedColumn personNir() {
		return new EncryptedColumn(PersonEntity.TABLE, "id", PersonEntity.NIR_COLUMN);
	}

	@Bean
	EncryptedColumn personBankAccountIban() {
		return new EncryptedColumn(BankAccountEntity.TABLE, "id", BankAccountEntity.IBAN_COLUMN);
	}

}
