/**
 * iCollectif's implementation: the movements service, its checks, the affiliates search
 * (one SQL query over the contracts' and people's tables) and the movements history.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.employerspace.internal;
