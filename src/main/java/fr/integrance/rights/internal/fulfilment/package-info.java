/**
 * Fulfilment of rights requests: the access archive, portability, erasure, restriction,
 * objection and withdrawal carried out through the privacy SPI, and the answers.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.rights.internal.fulfilment;
