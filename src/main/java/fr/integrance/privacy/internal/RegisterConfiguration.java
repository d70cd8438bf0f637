package fr.integrance.privacy.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * Loads the register once at start-up ({@code app.privacy.register-dir} empty = the
 * classpath {@code register/*.yml}); an invalid register fails the start with the
 * problems listed.
 */
@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

	@Bean
	LoadedRegister loadedRegister(@Value("${app.privacy.register-dir:}") String registerDir) {
		return RegisterLoader.load(registerDir);
	}

	@Bean
	ProcessingRegister processingRegister(LoadedRegister loaded) {
		return new ProcessingRegister() {

			@Override
			public Register current() {
				return loaded.register();
			}

			@Override
			public String sourceOf(String section) {
				return loaded.sourceOf(section);
			}
		};
	}

	@Bean
	DefaultRegisterLint registerLint(LoadedRegister loaded) {
		return new DefaultRegisterLint(RegisterLinter.lint(loaded));
	}

}
