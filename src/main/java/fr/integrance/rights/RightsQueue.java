package fr.integrance.rights;

import java.util.List;

/**
 * One page of the rights queue.
 *
 * @param lines the requests of the page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many requests match the filter
 */
public record RightsQueue(List<RightsRequestLine> lines, int page, int size, long total) {

	public RightsQueue {
		lines = List.copyOf(lines);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
