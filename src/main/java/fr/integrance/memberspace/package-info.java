/**
 * iAdhérent ({@code /iadherent}): the members' extranet. Thin controllers over the domain
 * modules; the pages come with the issues that build contracts, requests and documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "iAdhérent", allowedDependencies = { "identity",
		"platform" })
package fr.integrance.memberspace;
