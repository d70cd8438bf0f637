/** The breach register's persistence and service. */
@NullMarked
package fr.integrance.breaches.internal;

import org.jspecify.annotations.NullMarked;
