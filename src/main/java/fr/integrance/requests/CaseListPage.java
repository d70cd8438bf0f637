package fr.integrance.requests;

import java.util.List;

/** One page of a queue, oldest case first, and where it stands among all the pages. */
public record CaseListPage(List<CaseSummary> items, int page, int pageSize, long total) {

	public CaseListPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}
