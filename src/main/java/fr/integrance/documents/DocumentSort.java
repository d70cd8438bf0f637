package fr.integrance.documents;

/** How a listing is ordered. */
public enum DocumentSort {

	/** Most recently uploaded (or replaced) first: the default. */
	NEWEST,
	/** Oldest first. */
	OLDEST,
	/** By title, A to Z, French collation. */
	TITLE,
	/** The nearest alert or reminder date first; documents without one last. */
	DUE_DATE,
	/** Largest first. */
	SIZE

}
