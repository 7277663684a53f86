package org.linkwell.printing.ui;

import java.util.Locale;
import org.linkwell.printing.Printout;
import org.linkwell.surveys.InstrumentDefinition;

/** An instrument's blank paper form, made in the background and shown in the print preview. */
public final class BlankForms {
    private final PrintContext c;

    public BlankForms(PrintContext context) {
        this.c = context;
    }

    public void preview(InstrumentDefinition instrument, Locale language) {
        c.navigator().say(c.messages().get("printing.preparing"));
        c.tasks().run(() -> c.printing().blankForm(instrument, language), this::show);
    }

    private void show(Printout printout) {
        c.navigator().say("");
        c.dialogs().show(new PreviewDialog(printout, c));
    }
}
