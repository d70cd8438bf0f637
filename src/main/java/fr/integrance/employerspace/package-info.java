/**
 * iCollectif ({@code /icollectif}): the extranet of employer representatives, scoped to
 * their organisation. Affiliations, terminations and imports come with their issues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "iCollectif",
		allowedDependencies = { "identity", "platform", "contracts", "people", "requests", "audit", "privacy",
				"documents", "documents::web", "organisations" })
@NullMarked
package fr.integrance.employerspace;

import org.jspecify.annotations.NullMarked;
