/**
 * Contracts: the plan catalogue (formules, garanties, indicative prices), and — with the core
 * issue — individual and group contracts, affiliations, dependants and protection measures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contrats", allowedDependencies = { "platform" })
package fr.integrance.contracts;
