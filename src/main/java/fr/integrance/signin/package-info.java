/**
 * Connexion et compte: the pages where anyone signs in (password, then the second
 * factor), signs out, resets a forgotten password, accepts an invitation, and manages
 * their own account ({@code /compte}: password, second factor, sessions), over identity's
 * API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connexion et compte",
		allowedDependencies = { "identity", "platform" })
@NullMarked
package fr.integrance.signin;

import org.jspecify.annotations.NullMarked;
