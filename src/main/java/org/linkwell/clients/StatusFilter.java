package org.linkwell.clients;

/** Which clients the list shows. */
public enum StatusFilter { OPEN, CLOSED, ALL }
