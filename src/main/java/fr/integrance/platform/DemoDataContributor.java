package fr.integrance.platform;

/**
 * A set of demo data that a module loads in the embedded profile. Each contributor runs
 * once per database: the seeder records its {@link #id()} and never runs it again, so a
 * restart keeps what a newcomer changed. Never active in the {@code prod} profile.
 */
public interface DemoDataContributor {

	/**
	 * Stable identifier, recorded once the data is loaded; change it to load a new
	 * version.
	 */
	String id();

	/** Contributors run in ascending order (people before contracts, say). */
	default int order() {
		return 0;
	}

	/** Loads the data; runs inside a transaction together with the record that it ran. */
	void seed();

}
