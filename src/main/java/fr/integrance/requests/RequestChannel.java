package fr.integrance.requests;

/** Where a request came in; each channel has its own register purposes. */
public enum RequestChannel {

	WEBSITE

}
