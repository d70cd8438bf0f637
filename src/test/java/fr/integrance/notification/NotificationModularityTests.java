package fr.integrance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import fr.integrance.IntegranceApplication;

/** Notification depends on platform only and breaks no module rule. */
class NotificationModularityTests {

	@Test
	void notificationDependsOnPlatformOnlyAndBreaksNoModuleRule() {
		ApplicationModules modules = ApplicationModules.of(IntegranceApplication.class);
		ApplicationModule notification = modules.getModuleByName("notification").orElseThrow();

		assertThat(notification.getBootstrapDependencies(modules).map(ApplicationModule::getName))
			.allMatch("platform"::equals);
		assertThat(modules.detectViolations().getMessages())
			.filteredOn(message -> message.contains("fr.integrance.notification") || message.contains("'notification'"))
			.isEmpty();
	}

}
