package fr.integrance.rights;

import java.util.UUID;

/** Published once a rights request is stored; ids only. */
public record RightsRequestReceived(UUID id, String reference) {
}
