package fr.integrance.retention.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.privacy.RetentionTriggerSource;

/**
 * The register's triggers whose rules their own module enforces, without a clock here:
 * declared so that the register lint knows what serves them.
 * <ul>
 * <li>{@code consent-withdrawal} (marketing, P0D): the consent module records the
 * withdrawal, and the state in force stops the processing the moment it is recorded; the
 * unsubscribe link and the consent expiry job do the same for a lapse.</li>
 * <li>{@code collection}: the statistics module's daily job anonymises the audience
 * statistics after three months; the backups expire after 35 days by the backup tool's
 * own retention (ops/backup/pgbackrest.conf, see README « Backups and erased data »); the
 * audit journal's entries are purged after a year by {@link AuditJournalRetentionJob},
 * the chain kept verifiable by signed segments.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ElsewhereEnforcedTriggers {

	@Bean
	RetentionTriggerSource consentWithdrawalSource() {
		return new Declared(Set.of("consent-withdrawal"),
				"consent: the withdrawal recorded ends the processing at once (ConsentManagement, ConsentExpiry)");
	}

	@Bean
	RetentionTriggerSource collectionSource() {
		return new Declared(Set.of("collection"),
				"statistics: AudienceStatistics job (statistics-3m); backups: pgBackRest retention (backups-35d);"
						+ " audit journal: AuditJournalRetentionJob (audit-journal-6y)");
	}

	record Declared(Set<String> triggers, String description) implements RetentionTriggerSource {
	}

}
