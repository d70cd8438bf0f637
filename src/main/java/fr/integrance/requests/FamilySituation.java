package fr.integrance.requests;

/** Situation familiale of the subscriber. */
public enum FamilySituation {
	SINGLE, MARRIED, CIVIL_PARTNERSHIP, COHABITING, SEPARATED, DIVORCED, WIDOWED
}
