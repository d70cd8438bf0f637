/**
 * The breach register of the DPO console ({@code /dpo/violations}, GDPR Art. 33(5)):
 * every personal-data breach with its facts, effects and measures, the 72-hour clock from
 * the moment of awareness, the notification to the CNIL or the reasons for not notifying,
 * the communication to the people concerned or why it is not needed (Art. 34(3));
 * exported as a PDF per breach and the register as CSV. Internal to the {@code dpo}
 * module.
 */
@NullMarked
package fr.integrance.dpo.breach;

import org.jspecify.annotations.NullMarked;
