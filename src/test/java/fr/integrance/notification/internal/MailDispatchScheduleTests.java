package fr.integrance.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The schedule exists unless app.scheduling.enabled=false, and triggers the jobs. */
class MailDispatchScheduleTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(MailDispatchJob.class, () -> mock(MailDispatchJob.class))
		.withUserConfiguration(MailDispatchSchedule.class);

	@Test
	void scheduleRunsByDefaultAndTriggersBothJobs() {
		runner.run(context -> {
			MailDispatchSchedule schedule = context.getBean(MailDispatchSchedule.class);
			schedule.dispatch();
			schedule.purge();

			MailDispatchJob job = context.getBean(MailDispatchJob.class);
			verify(job).dispatch();
			verify(job).purge();
		});
	}

	@Test
	void noScheduleWhenSchedulingIsSwitchedOff() {
		runner.withPropertyValues("app.scheduling.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(MailDispatchSchedule.class));
	}

}
