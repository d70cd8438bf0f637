package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.integrance.privacy.LintWarning;

/** The lint of retention triggers flags both ways a rule and its clock can miss. */
class RetentionTriggerLintTests {

	@Test
	void aRuleWithoutAClockSourceIsFlagged() {
		List<LintWarning> found = RetentionTriggerLint.check(
				Map.of("prospect-3y", "last-contact", "account-1y", "account-closure"),
				Map.of("last-contact", Set.of("retention: CaseClosed")));
		assertThat(found).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(LintWarning.Kind.RETENTION_TRIGGER_WITHOUT_CLOCK);
			assertThat(w.subject()).isEqualTo("account-1y");
			assertThat(w.message()).contains("account-closure");
		});
	}

	@Test
	void aClockSourceWithoutARuleIsFlagged() {
		List<LintWarning> found = RetentionTriggerLint.check(Map.of("prospect-3y", "last-contact"),
				Map.of("last-contact", Set.of("a"), "account-closure", Set.of("identity: AccountClosed")));
		assertThat(found).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(LintWarning.Kind.CLOCK_WITHOUT_RETENTION_RULE);
			assertThat(w.subject()).isEqualTo("account-closure");
		});
	}

	@Test
	void matchingRulesAndSourcesAreClean() {
		assertThat(RetentionTriggerLint.check(Map.of("member-contract-6y", "contract-end"),
				Map.of("contract-end", Set.of("retention: contracts events"))))
			.isEmpty();
	}

}
