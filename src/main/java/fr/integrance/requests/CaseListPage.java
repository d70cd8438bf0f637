package fr.integrance.requests;

import java.util.List;

/**
 * One page of a queue, oldest case first, and where it stands among all the pages.
 *
 * @param page from 0, never beyond the last page
 * @param total how many cases match; when {@code totalIsLowerBound}, at least that many
 * (decided cases are counted up to a limit) and the pages stop there
 */
public record CaseListPage(List<CaseSummary> items, int page, int pageSize, long total, boolean totalIsLowerBound) {

	public CaseListPage {
		items = List.copyOf(items);
	}

	public CaseListPage(List<CaseSummary> items, int page, int pageSize, long total) {
		this(items, page, pageSize, total, false);
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
