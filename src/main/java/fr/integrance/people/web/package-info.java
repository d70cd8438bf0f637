/**
 * The forms of a change of bank details that the channels share (iAdhérent for the
 * member, iTutelle for the guardian organisation acting for a protected adult): the new
 * IBAN and holder, then the SEPA mandate's signature by a one-time code. Each checks what
 * was typed and puts its errors beside the fields; the texts are the {@code memberbank.*}
 * messages.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package fr.integrance.people.web;
