package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

import fr.integrance.IntegranceApplication;

/** An invalid register stops the start with a message naming the file and the entry. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidRegisterStartupTests {

	@TempDir
	Path registerDir;

	private Path registerWithUnknownCategory() throws Exception {
		return RegisterFiles.writeTo(registerDir, RegisterFiles.seedWith("purposes.yml", text -> text.replace(
				"dpv: ServiceUsageAnalytics\n    data_subjects: [visitor]\n    data_categories: [identification]",
				"dpv: ServiceUsageAnalytics\n    data_subjects: [visitor]\n    data_categories: [foo]")));
	}

	@Test
	void registerBeansRefuseToStartOnAnUnknownCategory() throws Exception {
		Path dir = registerWithUnknownCategory();
		new ApplicationContextRunner().withUserConfiguration(RegisterConfiguration.class)
			.withPropertyValues("app.privacy.register-dir=" + dir)
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
					.isInstanceOf(InvalidRegisterException.class)
					.hasMessageContaining(dir.resolve("purposes.yml")
							+ ": purpose 'website-statistics' names unknown data category 'foo'");
			});
	}

	@Test
	void applicationStartFailsWithTheFailureAnalysisNamingFileAndEntry(CapturedOutput output) throws Exception {
		Path dir = registerWithUnknownCategory();

		assertThatThrownBy(() -> IntegranceApplication.application()
			.run("--server.port=0", "--app.privacy.register-dir=" + dir, "--app.mail.embedded-smtp.enabled=false"))
			.satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
				.isInstanceOf(InvalidRegisterException.class));
		assertThat(output).contains("The processing register (register/*.yml) is invalid")
			.contains(dir.resolve("purposes.yml") + ": purpose 'website-statistics' names unknown data category 'foo'");
	}

}
