package fr.integrance.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One module's part of an access or portability export for one data subject: the records
 * of one register data category, each as field name → value (values may be null), in the
 * module's order. {@link #toString()} shows counts only, never the values.
 *
 * @param module the module that holds the data, e.g. {@code people}
 * @param category the register data category, e.g. {@code identification}
 * @param records the records, each a map of field → value
 */
public record ExportSection(String module, String category, List<Map<String, Object>> records) {

	public ExportSection {
		List<Map<String, Object>> copies = new ArrayList<>();
		for (Map<String, Object> record : records == null ? List.<Map<String, Object>>of() : records) {
			copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(record)));
		}
		records = Collections.unmodifiableList(copies);
	}

	@Override
	public String toString() {
		return "ExportSection[module=" + module + ", category=" + category + ", records=" + records.size() + "]";
	}
}
