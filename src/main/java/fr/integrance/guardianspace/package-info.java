/**
 * iTutelle ({@code /itutelle}): the extranet of guardian (MJPM) services, one login per
 * agent, every page scoped to the agent's organisation; its administrators invite and
 * remove agents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "iTutelle",
		allowedDependencies = { "identity", "platform", "contracts", "people", "organisations", "documents", "requests",
				"documents::web", "people::web", "audit", "privacy", "notification", "rights", "rights::web" })
@NullMarked
package fr.integrance.guardianspace;

import org.jspecify.annotations.NullMarked;
