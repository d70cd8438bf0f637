/**
 * iAdhérent ({@code /iadherent}): the members' extranet, and the activation of a member's
 * account ({@code /activation}), to which a member is invited once their contract is
 * active. Thin controllers over the domain modules; the pages come with the issues that
 * build contracts, requests and documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "iAdhérent",
		allowedDependencies = { "identity", "platform", "contracts", "people", "consent", "privacy", "notification",
				"documents", "documents::web", "people::web", "requests", "rights", "rights::web", "audit" })
@NullMarked
package fr.integrance.memberspace;

import org.jspecify.annotations.NullMarked;
