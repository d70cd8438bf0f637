@org.jspecify.annotations.NullMarked
package fr.integrance.privacy.internal;
