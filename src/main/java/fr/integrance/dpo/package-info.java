/**
 * DPO console ({@code /dpo}): the data protection officer keeps the register, handles
 * rights requests and watches retention, disclosures and the audit journal (with their
 * issues).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console DPO",
		allowedDependencies = { "identity", "platform", "audit", "notification", "privacy", "rights", "consent",
				"breaches", "statistics", "disclosure", "contracts", "people", "retention" })
@NullMarked
package fr.integrance.dpo;

import org.jspecify.annotations.NullMarked;
