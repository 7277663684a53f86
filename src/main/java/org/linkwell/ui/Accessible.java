package org.linkwell.ui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Names and help a screen reader speaks for a control that has no text or label of its own. */
public final class Accessible {
    private Accessible() {
    }

    /** The name read out for the control, e.g. the heading of the section a list sits in. */
    public static <N extends Node> N name(N node, String name) {
        node.setAccessibleText(name);
        return node;
    }

    /** What the control is for, read after its name, where the name alone does not say it. */
    public static <N extends Node> N help(N node, String help) {
        node.setAccessibleHelp(help);
        return node;
    }

    /** A control showing only an icon: its name is read out and shown as a tooltip. */
    public static <C extends Control> C iconOnly(C control, String name) {
        control.setAccessibleText(name);
        control.setTooltip(new Tooltip(name));
        return control;
    }
}
