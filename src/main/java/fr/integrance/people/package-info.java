/**
 * People: one record per human whatever their roles (member, dependant, affiliate,
 * protected adult), with contact data, social-security scheme, bank accounts and SEPA
 * mandates. The NIR and IBANs are encrypted at rest; the NIR is found through a keyed
 * blind index only. Staff open a person's file through
 * {@link fr.integrance.people.PersonFiles}, which journals each opening itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnes",
		allowedDependencies = { "platform", "privacy", "audit" })
@org.jspecify.annotations.NullMarked
package fr.integrance.people;
