/**
 * Privacy kernel: the processing register (GDPR Art. 30) loaded from
 * {@code register/*.yml}, its validation and lint, the privacy notice and its archived
 * versions, the register exports, and the
 * {@link fr.integrance.privacy.PersonalDataProvider} SPI through which every module
 * exports, erases and restricts one data subject's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vie privée (noyau)",
		allowedDependencies = { "platform" })
package fr.integrance.privacy;
