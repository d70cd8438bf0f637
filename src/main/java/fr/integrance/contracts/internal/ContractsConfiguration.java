package fr.integrance.contracts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.platform.EncryptedColumn;

/** The contracts module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class ContractsConfiguration {

	@Bean
	EncryptedColumn representationMeasure() {
		return new EncryptedColumn(RepresentationEntity.TABLE, "id", RepresentationEntity.MEASURE_COLUMN);
	}

	@Bean
	EncryptedColumn representationCourtReference() {
		return new EncryptedColumn(RepresentationEntity.TABLE, "id", RepresentationEntity.COURT_REFERENCE_COLUMN);
	}

	@Bean
	EncryptedColumn representationCourt() {
		return new EncryptedColumn(RepresentationEntity.TABLE, "id", RepresentationEntity.COURT_COLUMN);
	}

	@Bean
	EncryptedColumn careHousingEstablishment() {
		return new EncryptedColumn(AdultCareEntity.TABLE, "id", AdultCareEntity.ESTABLISHMENT_COLUMN);
	}

	@Bean
	EncryptedColumn careHealthNeeds() {
		return new EncryptedColumn(AdultCareEntity.TABLE, "id", AdultCareEntity.HEALTH_NEEDS_COLUMN);
	}

}
