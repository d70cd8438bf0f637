package fr.integrance.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.integrance.audit.JournalPage;
import fr.integrance.audit.JournalQuery;
import fr.integrance.audit.JournalRecord;
import fr.integrance.audit.JournalSearch;

/**
 * The journal search in SQL: equality on the stored references and the action, a range on
 * the time, newest first by sequence, keyset paging ({@code sequence < ?}). Each filter
 * has an index that ends with the sequence (V235), so that a page of one actor's or one
 * subject's entries is read from the index in order, however large the journal.
 */
@Component
@RequiredArgsConstructor
class JdbcJournalSearch implements JournalSearch {

	private final JdbcClient jdbc;

	@Override
	public JournalPage search(JournalQuery query) {
		StringBuilder sql = new StringBuilder(
				"SELECT sequence, recorded_at, actor, action, subject_ref, object_ref, purpose, outcome "
						+ "FROM audit_entry WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (query.subjectRef() != null) {
			sql.append(" AND subject_ref = ?");
			params.add(query.subjectRef());
		}
		if (query.actorRef() != null) {
			sql.append(" AND actor = ?");
			params.add(query.actorRef());
		}
		if (query.action() != null) {
			sql.append(" AND action = ?");
			params.add(query.action());
		}
		if (query.from() != null) {
			sql.append(" AND recorded_at >= ?");
			params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		}
		if (query.until() != null) {
			sql.append(" AND recorded_at < ?");
			params.add(OffsetDateTime.ofInstant(query.until(), ZoneOffset.UTC));
		}
		if (query.before() != null) {
			sql.append(" AND sequence < ?");
			params.add(query.before());
		}
		// One more than asked, to know whether an older page exists.
		sql.append(" ORDER BY sequence DESC LIMIT ?");
		params.add(query.size() + 1);
		List<JournalRecord> rows = jdbc.sql(sql.toString()).params(params).query(JdbcJournalSearch::record).list();
		if (rows.size() <= query.size()) {
			return new JournalPage(rows, null);
		}
		List<JournalRecord> page = rows.subList(0, query.size());
		return new JournalPage(page, page.get(page.size() - 1).sequence());
	}

	private static JournalRecord record(ResultSet rs, int row) throws SQLException {
		return new JournalRecord(rs.getLong("sequence"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_ref"), rs.getString("object_ref"),
				rs.getString("purpose"), rs.getString("outcome"));
	}

}
