package fr.integrance.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Put on the bean that holds a module's {@code @Scheduled} methods: the bean exists
 * unless {@code app.scheduling.enabled=false} (the test profile), so that tests run jobs
 * themselves, deterministically, instead of racing a scheduler.
 * <p>
 * A switch on the scheduler itself would not do: Spring Modulith's moments turn
 * scheduling on in every context. Keep the job's work (and its {@code @SchedulerLock}) in
 * a bean of its own, which tests call, and only the {@code @Scheduled} triggers in the
 * conditional one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ConditionalOnProperty(name = "app.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public @interface ConditionalOnScheduling {

}
