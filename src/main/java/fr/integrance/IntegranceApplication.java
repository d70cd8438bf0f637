package fr.integrance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.integrance.platform.ProductionSettingsCheck;

/**
 * The online platform of the mutual: public website, the iAdhérent, iCollectif and
 * iTutelle extranets, the back office and the DPO console, in one deployable made of
 * modules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegranceApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/** The application as started by {@link #main}, with its start-up checks attached. */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(IntegranceApplication.class);
		application.addListeners(new ProductionSettingsCheck());
		return application;
	}

}
