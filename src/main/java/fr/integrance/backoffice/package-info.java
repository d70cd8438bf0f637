/**
 * Back office ({@code /gestion}): the mutual's staff process requests and manage people
 * and contracts; its administration part ({@code /gestion/admin}) manages staff accounts
 * and organisations through the identity module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office",
		allowedDependencies = { "identity", "organisations", "platform", "audit", "requests", "people", "contracts",
				"documents", "documents::web" })
@NullMarked
package fr.integrance.backoffice;

import org.jspecify.annotations.NullMarked;
