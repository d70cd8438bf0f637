/** The organisations module's implementation: not part of its API. */
@NullMarked
package fr.integrance.organisations.internal;

import org.jspecify.annotations.NullMarked;
