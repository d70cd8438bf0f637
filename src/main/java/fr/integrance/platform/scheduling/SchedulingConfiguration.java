package fr.integrance.platform.scheduling;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs of every module, each guarded by a ShedLock lock row in the {@code shedlock}
 * table so that only one node runs it at a time (DESIGN.md §4: several stateless nodes). A job
 * is a public method with {@code @Scheduled} and {@code @SchedulerLock(name = "<module>.<job>")};
 * the lock applies to every call through the bean, scheduled or not.
 * <p>
 * Lock times come from the database clock ({@code usingDbTime()}): the nodes' own clocks may
 * drift apart, the database's is one. {@code app.scheduling.enabled=false} (the test profile)
 * keeps the scheduler from starting, so that tests call jobs themselves instead of racing them.
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

	/** The scheduler itself, on unless switched off. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "app.scheduling.enabled", havingValue = "true", matchIfMissing = true)
	static class SchedulerEnabled {
	}
}
