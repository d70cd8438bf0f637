package fr.integrance.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * A form record whose binding failed before it could be built: a value that cannot even
 * be converted (a date like 31/02/2026, a choice no list offers) leaves Spring with no
 * form object, and the page could not show the fields as typed. This builds the record
 * from the request's parameters, each component converted when it can be and left empty
 * when it cannot, and puts it in the model with the binding errors, so that the page
 * shows the form again with the error beside the field instead of failing.
 */
public final class TypedForms {

	/** The conversions a form's binding uses, @DateTimeFormat included. */
	private static final ConversionService CONVERSION = new DefaultFormattingConversionService();

	private TypedForms() {
	}

	/**
	 * Nothing when the binding built its form; else the form as typed, with the binding's
	 * errors, put in the model under {@code name}, returned with its binding result.
	 */
	public static <R extends Record> @Nullable Rebound<R> recover(Class<R> type, String name, BindingResult result,
			HttpServletRequest request, Model model) {
		if (result.getTarget() != null) {
			return null;
		}
		R typed = asTyped(type, request.getParameterMap(), CONVERSION);
		BindingResult shown = new BeanPropertyBindingResult(typed, name);
		result.getAllErrors().forEach(shown::addError);
		model.addAttribute(name, typed);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, shown);
		return new Rebound<>(typed, shown);
	}

	/** The form as typed and the binding result the page reads. */
	public record Rebound<R>(R form, BindingResult result) {
	}

	/** The record from the parameters: a component that cannot be converted is empty. */
	static <R extends Record> R asTyped(Class<R> type, Map<String, String[]> parameters, ConversionService conversion) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			Constructor<R> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				values[i] = value(components[i], new MethodParameter(constructor, i), parameters, conversion);
			}
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot build the form " + type.getName(), e);
		}
	}

	private static @Nullable Object value(RecordComponent component, MethodParameter parameter,
			Map<String, String[]> parameters, ConversionService conversion) {
		Class<?> type = component.getType();
		String[] given = parameters.get(component.getName());
		String text = given == null || given.length == 0 ? null : given[0];
		if (type == List.class) {
			return List.of();
		}
		if (type.isPrimitive()) {
			return type == boolean.class ? Boolean.valueOf("true".equals(text) || "on".equals(text))
					: conversion.convert(0, type);
		}
		if (text == null || type == String.class) {
			return text;
		}
		try {
			return conversion.convert(text, TypeDescriptor.valueOf(String.class), new TypeDescriptor(parameter));
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

}
