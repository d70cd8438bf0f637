package fr.integrance.employerspace.api;

import java.util.List;

/** One page of affiliations, by start date. */
public record AffiliationPage(List<AffiliationView> items, int page, int size, long totalItems, int totalPages) {
}
