/**
 * The breach register (GDPR Art. 33(5), issue 16): every personal-data breach with its
 * facts, effects and measures, the 72-hour clock from the moment of awareness, the
 * notification to the CNIL or the reasons for not notifying, the communication to the
 * people concerned or why it is not needed (Art. 34(3)), closing, and the history of
 * changes, each change recorded in the audit journal. The DPO console ({@code dpo})
 * serves its pages and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registre des violations",
		allowedDependencies = { "platform", "audit", "identity" })
@NullMarked
package fr.integrance.breaches;

import org.jspecify.annotations.NullMarked;
