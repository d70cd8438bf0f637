/**
 * The processing register as a page of the DPO console ({@code /dpo/registre}), with the
 * register lint's findings.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.dpo.register;
