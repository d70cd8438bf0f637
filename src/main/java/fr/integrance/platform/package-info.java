/**
 * Platform: what every module stands on and that holds no business rule: validated value
 * objects ({@link fr.integrance.platform.Nir}, {@link fr.integrance.platform.Iban},
 * {@link fr.integrance.platform.PersonName},
 * {@link fr.integrance.platform.PostalAddress},
 * {@link fr.integrance.platform.PhoneNumber},
 * {@link fr.integrance.platform.EmailAddress},
 * {@link fr.integrance.platform.DateRange}…), the page layout, errors and incident ids,
 * security headers, locale, demo data seeding, start-up checks, scheduled jobs locked to
 * one node, and the encryption of sensitive fields
 * ({@link fr.integrance.platform.FieldEncryption},
 * {@link fr.integrance.platform.BlindIndex}). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package fr.integrance.platform;
