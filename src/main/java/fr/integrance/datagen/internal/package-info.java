@org.jspecify.annotations.NullMarked
package fr.integrance.datagen.internal;
