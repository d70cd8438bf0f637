@org.jspecify.annotations.NullMarked
package fr.integrance.notification.internal;
