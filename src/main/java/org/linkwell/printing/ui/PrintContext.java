package org.linkwell.printing.ui;

import org.linkwell.core.Messages;
import org.linkwell.printing.PrintingService;
import org.linkwell.ui.BackgroundTasks;
import org.linkwell.ui.DialogService;
import org.linkwell.ui.ErrorReporter;
import org.linkwell.ui.Navigator;

/** What the printing screens work with, handed over as one. */
public record PrintContext(PrintingService printing, BackgroundTasks tasks, Messages messages, DialogService dialogs,
                           ErrorReporter errors, Navigator navigator) {
}
