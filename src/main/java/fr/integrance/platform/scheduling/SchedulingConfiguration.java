package fr.integrance.platform.scheduling;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import fr.integrance.platform.ConditionalOnScheduling;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs of every module, each guarded by a ShedLock lock row in the
 * {@code shedlock} table so that only one node runs it at a time (DESIGN.md §4: several
 * stateless nodes). A job is a public method with {@code @Scheduled} and
 * {@code @SchedulerLock(name = "<module>.<job>")}; the lock applies to every call through
 * the bean, scheduled or not.
 * <p>
 * Lock times come from the database clock ({@code usingDbTime()}): the nodes' own clocks
 * may drift apart, the database's is one. The beans holding {@code @Scheduled} methods
 * carry {@link fr.integrance.platform.ConditionalOnScheduling}, so that
 * {@code app.scheduling.enabled=false} (the test profile) leaves tests to call jobs
 * themselves instead of racing them.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

	/**
	 * The scheduler itself (Spring Modulith's moments may enable it too; twice is
	 * harmless).
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnScheduling
	static class SchedulerEnabled {

	}

}
