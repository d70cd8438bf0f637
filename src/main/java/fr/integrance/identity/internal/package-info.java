/** The identity module's implementation: not part of its API. */
@NullMarked
package fr.integrance.identity.internal;

import org.jspecify.annotations.NullMarked;
