package fr.integrance.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mutual as shown on every page (name in the header, site address in the legal
 * notice).
 *
 * @param name the mutual's name, e.g. "Mutuelle Intégrance"
 * @param website the public address of its site
 */
@ConfigurationProperties("app.mutual")
public record MutualProperties(String name, String website) {
}
