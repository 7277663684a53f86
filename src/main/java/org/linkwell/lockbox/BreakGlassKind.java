package org.linkwell.lockbox;

import java.util.Locale;

/** Why someone looks past a client's lockbox: a short list a reviewer can sort by, always with the person's words. */
public enum BreakGlassKind {
    EMERGENCY, SAFETY, CLIENT_PRESENT, CONTINUITY, LEGAL, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "lockbox.glass.kind." + code();
    }
}
