@org.jspecify.annotations.NullMarked
package fr.integrance.requests.internal.dependantaddition;
