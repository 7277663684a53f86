package org.linkwell.ui;

import javafx.scene.Node;

/** What a screen reader says about a control beyond its name, where the name alone does not tell its purpose. */
public final class Accessible {
    private Accessible() {
    }

    /** What the control is for, read after its name. */
    public static <N extends Node> N help(N node, String help) {
        node.setAccessibleHelp(help);
        return node;
    }
}
