@org.jspecify.annotations.NullMarked
package fr.integrance.rights.internal;
