package fr.integrance.identity;

/**
 * The second factor of an account, as its security page shows it.
 *
 * @param required whether the account cannot sign in without one
 */
public record SecondFactorStatus(boolean enrolled, boolean required, long unusedRecoveryCodes) {
}
