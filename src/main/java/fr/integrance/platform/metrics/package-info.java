/**
 * Business metrics: figures of the modules (cases, rights requests, the mail backlog,
 * records past retention…) measured on a schedule and published as Micrometer gauges
 * beside the JVM and HTTP ones.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.platform.metrics;
