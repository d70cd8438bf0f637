package fr.integrance.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.RegisterLint;

/**
 * The build fails when a register retention rule's trigger has no clock source, or a
 * clock source's trigger has no rule: the register lint of the running application has no
 * such finding.
 */
@IdentityIntegrationTest
class RetentionTriggersTests {

	@Autowired
	RegisterLint lint;

	@Test
	void everyRuleHasAClockSourceAndEverySourceARule() {
		assertThat(lint.warnings())
			.filteredOn(w -> w.kind() == LintWarning.Kind.RETENTION_TRIGGER_WITHOUT_CLOCK
					|| w.kind() == LintWarning.Kind.CLOCK_WITHOUT_RETENTION_RULE)
			.isEmpty();
	}

}
