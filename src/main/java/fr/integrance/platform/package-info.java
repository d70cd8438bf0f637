/**
 * Platform: what every module stands on and that holds no business rule: the page layout,
 * errors and incident ids, security headers, locale, embedded SMTP, demo data seeding,
 * start-up checks and the encryption of sensitive fields ({@link fr.integrance.platform.FieldEncryption},
 * {@link fr.integrance.platform.BlindIndex}). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package fr.integrance.platform;
