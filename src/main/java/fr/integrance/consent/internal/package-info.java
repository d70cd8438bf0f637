@org.jspecify.annotations.NullMarked
package fr.integrance.consent.internal;
