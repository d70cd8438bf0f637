/**
 * Organisations: the legal persons behind iCollectif and iTutelle — employers (SIREN,
 * SIRET) and guardian services. Other modules refer to one by its
 * {@link fr.integrance.organisations.OrganisationId}; who signs in for it is identity's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations",
		allowedDependencies = { "platform", "privacy" })
@NullMarked
package fr.integrance.organisations;

import org.jspecify.annotations.NullMarked;
