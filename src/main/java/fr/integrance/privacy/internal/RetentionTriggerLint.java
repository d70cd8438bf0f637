package fr.integrance.privacy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import fr.integrance.privacy.LintWarning;
import fr.integrance.privacy.LintWarning.Kind;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.RetentionTriggerSource;

/**
 * The register lint of retention triggers, once every bean is there: each retention
 * rule's trigger must have a clock source ({@link RetentionTriggerSource}), and each
 * source's trigger a rule. Findings join the register lint (logged with WARN, shown on
 * the DPO's register page); {@code RetentionTriggersTests} fails the build on any.
 */
@Component
class RetentionTriggerLint implements SmartInitializingSingleton {

	static final String SOURCE = "register/retention.yml";

	private final ProcessingRegister register;

	private final ObjectProvider<RetentionTriggerSource> sources;

	private final DefaultRegisterLint lint;

	RetentionTriggerLint(ProcessingRegister register, ObjectProvider<RetentionTriggerSource> sources,
			DefaultRegisterLint lint) {
		this.register = register;
		this.sources = sources;
		this.lint = lint;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, String> rules = new TreeMap<>();
		register.current().retentionRules().forEach(rule -> rules.put(rule.id(), rule.trigger()));
		Map<String, Set<String>> served = new TreeMap<>();
		sources.orderedStream()
			.forEach(source -> source.triggers()
				.forEach(trigger -> served.computeIfAbsent(trigger, t -> new TreeSet<>()).add(source.description())));
		check(rules, served).forEach(lint::report);
	}

	/**
	 * @param rules each retention rule's id and trigger
	 * @param served each trigger a source serves, with the sources' descriptions
	 */
	static List<LintWarning> check(Map<String, String> rules, Map<String, Set<String>> served) {
		List<LintWarning> warnings = new ArrayList<>();
		rules.forEach((rule, trigger) -> {
			if (!served.containsKey(trigger)) {
				warnings.add(new LintWarning(Kind.RETENTION_TRIGGER_WITHOUT_CLOCK, SOURCE, rule,
						SOURCE + ": retention rule '" + rule + "' has trigger '" + trigger
								+ "', which no clock source (RetentionTriggerSource) starts"));
			}
		});
		Set<String> used = new TreeSet<>(rules.values());
		served.forEach((trigger, descriptions) -> {
			if (!used.contains(trigger)) {
				warnings.add(new LintWarning(Kind.CLOCK_WITHOUT_RETENTION_RULE, SOURCE, trigger,
						SOURCE + ": trigger '" + trigger + "' has a clock source (" + String.join("; ", descriptions)
								+ ") but no retention rule uses it"));
			}
		});
		return warnings;
	}

}
