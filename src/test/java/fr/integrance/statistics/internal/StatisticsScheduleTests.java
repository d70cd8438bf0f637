package fr.integrance.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** The nightly audience job is triggered by the schedule and locked to one node. */
class StatisticsScheduleTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(AudienceStatistics.class, () -> mock(AudienceStatistics.class))
		.withUserConfiguration(StatisticsSchedule.class);

	@Test
	void scheduleTriggersTheLockedDailyJob() throws NoSuchMethodException {
		runner.run(context -> {
			context.getBean(StatisticsSchedule.class).daily();
			verify(context.getBean(AudienceStatistics.class)).daily();
		});
		assertThat(AudienceStatistics.class.getMethod("daily").getAnnotation(SchedulerLock.class).name())
			.isEqualTo(AudienceStatistics.DAILY_LOCK);
	}

	@Test
	void noScheduleWhenSchedulingIsSwitchedOff() {
		runner.withPropertyValues("app.scheduling.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(StatisticsSchedule.class));
	}

}
