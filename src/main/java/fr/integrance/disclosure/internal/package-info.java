@org.jspecify.annotations.NullMarked
package fr.integrance.disclosure.internal;
