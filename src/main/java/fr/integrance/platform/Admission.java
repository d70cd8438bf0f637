package fr.integrance.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages' admission ({@code platform.web}'s concurrency limit): at most a few requests
 * work at once, the others wait for a place in their order of arrival.
 * <p>
 * Two things the pages and the journal ask of it: whether requests wait for a place now
 * (the server is saturated, so a moment's wait of a request that holds no place costs no
 * throughput), and to give a request's place to the next one while it waits on something
 * that needs neither a core nor a database connection of the pool (a held page waiting
 * for its journal entry).
 */
public interface Admission {

	/** No limit: nothing ever waits for a place (a context without the web layer). */
	Admission UNLIMITED = new Admission() {

		@Override
		public boolean crowded() {
			return false;
		}

		@Override
		public void stepAside(HttpServletRequest request) {
			// no place to give back
		}

	};

	/** Whether requests wait for a place now. */
	boolean crowded();

	/**
	 * Gives the request's place to the next request waiting, if it holds one; it works on
	 * without a place until it ends. Only for the end of a request, once its work is done
	 * and it waits on something else (a held page, rendered, waiting for its journal
	 * entry): a place given back is not taken again.
	 */
	void stepAside(HttpServletRequest request);

}
