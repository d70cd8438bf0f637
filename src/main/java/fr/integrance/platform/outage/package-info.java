/**
 * Database outages: connections that fail fast while the database is known to be down,
 * and the French 503 page every page answers meanwhile, rendered without the database nor
 * a session.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.outage;
