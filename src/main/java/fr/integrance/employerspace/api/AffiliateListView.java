package fr.integrance.employerspace.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.integrance.employerspace.AffiliateRow;

/** One page of the organisation's affiliates, by name. */
public record AffiliateListView(List<Item> items, int page, int size, long totalItems, int totalPages) {

	/** One affiliate: the columns the employer needs to match its payroll. */
	public record Item(UUID id, UUID personId, String lastName, String firstNames, LocalDate birthDate,
			String contractReference, String category, String planCode, String status, LocalDate startDate,
			@Nullable LocalDate endDate, @Nullable LocalDate portabilityUntil) {

		static Item of(AffiliateRow row) {
			return new Item(row.id().value(), row.person().value(), row.lastName(), row.firstNames(), row.birthDate(),
					row.contractReference(), row.category(), row.planCode(), row.status().name(), row.startDate(),
					row.endDate(), row.portabilityUntil());
		}

	}

}
