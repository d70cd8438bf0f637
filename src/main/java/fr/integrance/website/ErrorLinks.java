package fr.integrance.website;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The error summary at the top of a form: one link per error, to the field's id, in the
 * order of the fields on the page (the order of the form record's components, rows of a
 * list in order), not in the order the validator happened to find them.
 */
final class ErrorLinks {

	private ErrorLinks() {
	}

	/**
	 * One line of the summary; {@code anchor} is null for an error about the whole form.
	 */
	record ErrorLink(@Nullable String anchor, String message) {
	}

	static List<ErrorLink> of(Model model, Class<?> formType, MessageSource messages, Locale locale) {
		List<FieldError> fieldErrors = new ArrayList<>();
		List<ObjectError> globalErrors = new ArrayList<>();
		for (Object value : model.asMap().values()) {
			if (value instanceof BindingResult result && result.hasErrors()) {
				fieldErrors.addAll(result.getFieldErrors());
				globalErrors.addAll(result.getGlobalErrors());
			}
		}
		List<ErrorLink> links = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		fieldErrors.stream()
			.sorted(Comparator.comparing((FieldError error) -> position(formType, error.getField()),
					ErrorLinks::compare))
			.forEach(error -> {
				// One line per field: the first error is the one shown next to it.
				if (!seen.contains(error.getField())) {
					seen.add(error.getField());
					links.add(new ErrorLink(error.getField().replace("[", "").replace("]", ""),
							messages.getMessage(error, locale)));
				}
			});
		globalErrors.forEach(error -> links.add(new ErrorLink(null, messages.getMessage(error, locale))));
		return links;
	}

	/**
	 * Where a field path such as {@code dependants[1].lastName} sits in the form, as a
	 * sort key.
	 */
	static List<Integer> position(Class<?> type, String path) {
		List<Integer> key = new ArrayList<>();
		Type current = type;
		for (String segment : path.split("\\.")) {
			String name = segment;
			Integer index = null;
			int bracket = segment.indexOf('[');
			if (bracket >= 0) {
				name = segment.substring(0, bracket);
				index = Integer.valueOf(segment.substring(bracket + 1, segment.indexOf(']')));
			}
			Class<?> raw = current instanceof Class<?> c ? c
					: current instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
			RecordComponent[] components = raw != null && raw.isRecord() ? raw.getRecordComponents()
					: new RecordComponent[0];
			int position = Integer.MAX_VALUE;
			Type next = null;
			for (int i = 0; i < components.length; i++) {
				if (components[i].getName().equals(name)) {
					position = i;
					next = components[i].getGenericType();
				}
			}
			key.add(position);
			if (index != null) {
				key.add(index);
				next = next instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : null;
			}
			current = next;
		}
		return key;
	}

	private static int compare(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
