package fr.integrance.employerspace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What to look for among an organisation's affiliates; every criterion may be null (all).
 *
 * @param name a prefix of the last name or the birth name, compared without case,
 * accents, spaces, hyphens or apostrophes
 * @param nir an exact NIR (spaces allowed), looked up through its blind index; an invalid
 * one finds nothing
 * @param page from 0
 * @param size 1 to 200
 */
public record AffiliateQuery(@Nullable String name, @Nullable LocalDate birthDate, @Nullable String nir,
		@Nullable AffiliateState state, @Nullable String category, AffiliateSort sort, boolean descending, int page,
		int size) {

	public static final int MAX_SIZE = 200;

	public AffiliateQuery {
		sort = sort == null ? AffiliateSort.NAME : sort;
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	/** Everyone, by name, the first {@code size}. */
	public static AffiliateQuery all(int size) {
		return new AffiliateQuery(null, null, null, null, null, AffiliateSort.NAME, false, 0, size);
	}

	@Override
	public String toString() {
		return "AffiliateQuery[state=" + state + ", category=" + category + ", sort=" + sort + ", page=" + page + "]";
	}

}
