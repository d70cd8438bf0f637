/**
 * The audience statistics as charts and tables ({@code /dpo/statistiques}).
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.statistics;
