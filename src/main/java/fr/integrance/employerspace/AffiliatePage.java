package fr.integrance.employerspace;

import java.util.List;

/** One page of affiliates and how many match in all. */
public record AffiliatePage(List<AffiliateRow> rows, long total, int page, int size) {

	public AffiliatePage {
		rows = List.copyOf(rows);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
