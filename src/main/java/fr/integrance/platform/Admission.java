package fr.integrance.platform;

/**
 * The pages' admission ({@code platform.web}'s concurrency limit): at most a few requests
 * work at once, the others wait for a place in their order of arrival.
 * <p>
 * What the pages and the journal ask of it: whether requests wait for a place now (the
 * server is saturated), and to give the current request's place to the next one while it
 * waits on something that needs neither a core nor a connection of the pool (a held page
 * waiting for its journal entry). Such a wait, while requests queue, costs the server
 * nothing: the journal may then make it a little longer to commit more readings at once.
 */
public interface Admission {

	/** No limit: nothing ever waits for a place (a context without the web layer). */
	Admission UNLIMITED = new Admission() {

		@Override
		public boolean crowded() {
			return false;
		}

		@Override
		public boolean stepAside() {
			return false;
		}

		@Override
		public boolean steppedAside() {
			return false;
		}

	};

	/** Whether requests wait for a place now. */
	boolean crowded();

	/**
	 * Gives the current thread's request's place to the next request waiting; the request
	 * goes on without a place until it ends. Only for the end of a request, once its work
	 * is done and it waits on something else: a place given back is not taken again.
	 * @return whether it gave its place back: false outside a request that holds one, and
	 * when already as many requests as the limit allows go on without theirs (the limit
	 * then still bounds the threads a stalled wait can hold)
	 */
	boolean stepAside();

	/** Whether the current thread's request has given its place back. */
	boolean steppedAside();

}
