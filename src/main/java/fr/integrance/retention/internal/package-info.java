@org.jspecify.annotations.NullMarked
package fr.integrance.retention.internal;
