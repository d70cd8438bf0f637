package fr.integrance.website.cookies;

import java.util.List;

/**
 * What the layout needs about cookie consent on every page: whether to show the banner
 * (no valid choice yet), the path to come back to, the purposes the banner names, and the
 * declared tags with whether each may run.
 */
public record ConsentContext(boolean bannerShown, String returnPath, List<BannerPurpose> purposes, List<TagView> tags) {

	/**
	 * A purpose that needs consent, as the banner names it, with the vendors behind it.
	 */
	public record BannerPurpose(String id, String label, String vendors) {
	}

	/**
	 * A declared tag: executable only when {@code active} (its purpose consented), inert
	 * otherwise.
	 */
	public record TagView(String id, String purpose, String src, boolean active) {
	}
}
