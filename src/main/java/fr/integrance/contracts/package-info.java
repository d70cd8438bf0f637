/**
 * Contracts: the plan catalogue (formules, garanties, indicative prices), individual
 * contracts with their dependants and member numbers, group contracts of employers and
 * their affiliations (with portability, CSS L911-8), and the representation of protected
 * adults by a guardian organisation. Organisations are referred to by their identity
 * UUID: this module does not depend on identity. Staff open and change a contract through
 * {@link fr.integrance.contracts.ContractFiles}, which journals each read and change
 * itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contrats",
		allowedDependencies = { "platform", "people", "privacy", "audit" })
@org.jspecify.annotations.NullMarked
package fr.integrance.contracts;
