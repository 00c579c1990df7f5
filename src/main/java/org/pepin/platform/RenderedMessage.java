package org.pepin.platform;

/** A message template filled with its values: the subject line and the plain-text body. */
public record RenderedMessage(String subject, String body) {}
