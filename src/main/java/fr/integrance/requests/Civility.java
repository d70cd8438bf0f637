package fr.integrance.requests;

/** Civilité, as printed on letters. */
public enum Civility {

	MADAME, MONSIEUR

}
