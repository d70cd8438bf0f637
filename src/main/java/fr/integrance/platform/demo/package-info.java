@org.jspecify.annotations.NullMarked
package fr.integrance.platform.demo;
