package org.linkwell.ui;

/** Lets one page send the user to another without knowing how the window is built. */
public interface Navigator {
    void show(PageId id);

    <P extends Page> P page(PageId id);

    /** A short line in the status bar: what just happened. */
    void say(String text);
}
