package fr.integrance.consent;

import java.util.List;

/**
 * The tags (scripts) the site may load for a cookie purpose, declared in configuration
 * ({@code app.consent.tags[n].id / purpose / src}): a page renders each one inert until
 * its purpose is consented. Sources are paths on our own origin (the script policy is
 * {@code 'self'}).
 */
public interface ThirdPartyTags {

	List<Tag> declared();

	record Tag(String id, String purpose, String src) {
	}

}
