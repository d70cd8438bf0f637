package fr.integrance.breaches;

/**
 * What the breach did to the data (the CNIL's three kinds, several possible): disclosed
 * or accessed without right, altered, or lost or made unavailable.
 */
public enum BreachNature {

	CONFIDENTIALITY, INTEGRITY, AVAILABILITY

}
