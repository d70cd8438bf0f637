@org.jspecify.annotations.NullMarked
package fr.integrance.contracts.internal;
