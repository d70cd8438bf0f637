package fr.integrance.platform;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A set of demo data that a module loads in the embedded profile. Each contributor runs
 * once per database: the seeder records its {@link #id()} and never runs it again, so a
 * restart keeps what a newcomer changed. Never active in the {@code prod} profile.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class DemoDataContributor {

	private final String id;

	private final int order;

	/** The stable identifier, recorded once the data is loaded. */
	public String id() {
		return id;
	}

	/** Contributors run in ascending order (people before contracts, say). */
	public int order() {
		return order;
	}

	/** Loads the data; runs inside a transaction together with the record that it ran. */
	public abstract void seed();

}
