package fr.integrance.privacy;

/**
 * How many of one subject's records a module restricted (storage only) or released.
 *
 * @param module the module
 * @param records the number of records whose restriction changed
 */
public record RestrictionOutcome(String module, int records) {
}
