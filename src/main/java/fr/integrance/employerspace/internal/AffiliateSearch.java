package fr.integrance.employerspace.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.AffiliationId;
import fr.integrance.contracts.AffiliationStatus;
import fr.integrance.employerspace.AffiliateCounts;
import fr.integrance.employerspace.AffiliatePage;
import fr.integrance.employerspace.AffiliateQuery;
import fr.integrance.employerspace.AffiliateRow;
import fr.integrance.people.NameKey;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Nir;

/**
 * The affiliates list: one SQL query per page over the affiliations, their group contract
 * and the person (names and birth date are stored in clear beside their search keys; the
 * NIR is encrypted and found through its blind index, by the people module, before the
 * query). The total comes with the page ({@code count(*) over ()}), so a page is one
 * round trip whatever the organisation's size. Only the organisation's group contracts
 * are read: the scope is in the query's join, not in a filter after it.
 */
@Component
@RequiredArgsConstructor
class AffiliateSearch {

	private static final String FROM = " from contract_affiliation a"
			+ " join contract_group g on g.id = a.group_contract_id" + " join person p on p.id = a.person_id"
			+ " where g.employer_organisation_id = :organisation";

	private final NamedParameterJdbcTemplate jdbc;

	private final People people;

	AffiliatePage search(UUID organisation, AffiliateQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("organisation", organisation);
		StringBuilder where = new StringBuilder(FROM);
		if (query.name() != null && !query.name().isBlank()) {
			NameKey key = NameKey.of(query.name());
			if (key.isEmpty()) {
				return new AffiliatePage(List.of(), 0, query.page(), query.size());
			}
			where.append(" and (p.search_key like :name or p.birth_name_key like :name)");
			parameters.addValue("name", escape(key.value()) + "%");
		}
		if (query.birthDate() != null) {
			where.append(" and p.birth_date = :birthDate");
			parameters.addValue("birthDate", Date.valueOf(query.birthDate()));
		}
		if (query.nir() != null && !query.nir().isBlank()) {
			Optional<PersonId> holder = Nir.isValid(query.nir())
					? people.findByNir(Nir.parse(query.nir())).map(summary -> summary.id()) : Optional.empty();
			if (holder.isEmpty()) {
				return new AffiliatePage(List.of(), 0, query.page(), query.size());
			}
			where.append(" and a.person_id = :person");
			parameters.addValue("person", holder.get().value());
		}
		if (query.state() != null) {
			where.append(" and a.status in (:statuses)");
			parameters.addValue("statuses", query.state().statuses().stream().map(Enum::name).toList());
		}
		if (query.category() != null && !query.category().isBlank()) {
			where.append(" and a.population_category = :category");
			parameters.addValue("category", query.category().strip());
		}
		String direction = query.descending() ? " desc" : " asc";
		String order = switch (query.sort()) {
			case NAME -> "p.search_key" + direction + ", p.first_names" + direction;
			case BIRTH_DATE -> "p.birth_date" + direction;
			case START_DATE -> "a.start_date" + direction;
			case END_DATE -> "a.end_date" + direction + (query.descending() ? " nulls first" : " nulls last");
		};
		String sql = "select a.id, a.person_id, p.last_name, p.first_names, p.birth_date, g.reference,"
				+ " a.population_category, a.plan_code, a.status, a.start_date, a.end_date, a.portability_until,"
				+ " count(*) over () as total" + where + " order by " + order + ", a.id limit :limit offset :offset";
		parameters.addValue("limit", query.size());
		parameters.addValue("offset", (long) query.page() * query.size());
		long[] total = { 0 };
		List<AffiliateRow> rows = jdbc.query(sql, parameters, (rs, n) -> {
			total[0] = rs.getLong("total");
			return row(rs);
		});
		if (rows.isEmpty() && query.page() > 0) {
			Long count = jdbc.queryForObject("select count(*)" + where, parameters, Long.class);
			total[0] = count == null ? 0 : count;
		}
		return new AffiliatePage(rows, total[0], query.page(), query.size());
	}

	AffiliateCounts counts(UUID organisation, LocalDate today) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("organisation", organisation)
			.addValue("yearStart", Date.valueOf(today.withDayOfYear(1)))
			.addValue("yearEnd", Date.valueOf(today.withDayOfYear(1).plusYears(1)));
		Map<String, Object> counts = jdbc
			.queryForMap("select" + " sum(case when a.status = 'REQUESTED' then 1 else 0 end) as pending,"
					+ " sum(case when a.status = 'ACTIVE' then 1 else 0 end) as active,"
					+ " sum(case when a.status = 'PORTABILITY' then 1 else 0 end) as portability,"
					+ " sum(case when a.end_date >= :yearStart and a.end_date < :yearEnd then 1 else 0 end) as ended"
					+ " from contract_affiliation a join contract_group g on g.id = a.group_contract_id"
					+ " where g.employer_organisation_id = :organisation", parameters);
		return new AffiliateCounts(number(counts, "pending"), number(counts, "active"), number(counts, "portability"),
				number(counts, "ended"));
	}

	private static long number(Map<String, Object> row, String column) {
		Object value = row.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(column))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		return value instanceof Number number ? number.longValue() : 0;
	}

	private static String escape(String key) {
		// NameKey keeps letters and digits only; nothing to escape, kept for safety.
		return key.replace("%", "").replace("_", "");
	}

	private static AffiliateRow row(ResultSet rs) throws SQLException {
		return new AffiliateRow(new AffiliationId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("last_name"),
				rs.getString("first_names"), rs.getObject("birth_date", LocalDate.class), rs.getString("reference"),
				rs.getString("population_category"), rs.getString("plan_code"),
				AffiliationStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
				date(rs, "end_date"), date(rs, "portability_until"));
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
