package fr.integrance.requests;

/** How an ayant droit is related to the primary insured (glossary: {@code Dependant}). */
public enum DependantRelationship {

	SPOUSE, PACS_PARTNER, COHABITANT, CHILD, OTHER

}
