@org.jspecify.annotations.NullMarked
package fr.integrance.audit.internal;
