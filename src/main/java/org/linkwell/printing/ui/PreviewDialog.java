package org.linkwell.printing.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.linkwell.core.Messages;
import org.linkwell.printing.Printout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The print preview: the PDF's own pages, then "Save as PDF…" or "Print…". All file and printer work runs in the background. */
public final class PreviewDialog extends Dialog<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewDialog.class);
    private static final float PREVIEW_DPI = 96;

    private final Printout printout;
    private final PrintContext c;
    private final VBox pages = new VBox(16);
    private final Label status = new Label();

    PreviewDialog(Printout printout, PrintContext context) {
        this.printout = printout;
        this.c = context;
        Messages m = context.messages();
        setTitle(m.get("printing.preview.title", printout.title()));
        setHeaderText(printout.title());
        setResizable(true);
        getDialogPane().setId("print-preview");
        getDialogPane().getProperties().put(PreviewDialog.class, this);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.getStyleClass().add("print-preview-pages");
        pages.getChildren().add(new Label(m.get("printing.preview.rendering")));
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(900, 680);
        scroll.getStyleClass().add("print-preview");
        getDialogPane().getStylesheets().add(PreviewDialog.class.getResource("printing.css").toExternalForm());
        Button save = new Button(m.get("printing.preview.save"));
        save.setId("print-save");
        save.setOnAction(event -> chooseFile().ifPresent(this::saveTo));
        Button print = new Button(m.get("printing.preview.print"));
        print.setId("print-print");
        print.setDefaultButton(true);
        print.setOnAction(event -> print());
        status.setId("print-status");
        HBox actions = new HBox(10, status, spacer(), save, print);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getDialogPane().setContent(new VBox(10, scroll, actions));
        getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("printing.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        context.tasks().run(() -> PageImages.render(printout.pdf(), PREVIEW_DPI), this::showPages);
    }

    /** The preview dialog whose pane this is (for tests, which cannot drive the system file chooser). */
    public static PreviewDialog of(Node dialogPane) {
        return (PreviewDialog) dialogPane.getProperties().get(PreviewDialog.class);
    }

    /** How many page images are on screen. */
    int pagesShown() {
        return (int) pages.getChildren().stream().filter(ImageView.class::isInstance).count();
    }

    private static Node spacer() {
        javafx.scene.layout.Region region = new javafx.scene.layout.Region();
        HBox.setHgrow(region, javafx.scene.layout.Priority.ALWAYS);
        return region;
    }

    private void showPages(List<Image> images) {
        pages.getChildren().setAll(images.stream().map(image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(image.getWidth(), 820));
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.4)));
            view.setAccessibleText(printout.title());
            return (Node) view;
        }).toList());
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(c.messages().get("printing.preview.save"));
        chooser.setInitialFileName(printout.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(getDialogPane().getScene().getWindow())).map(File::toPath);
    }

    /** Writes the PDF to {@code file} in the background and says so. */
    public void saveTo(Path file) {
        status.setText(c.messages().get("printing.preview.saving"));
        c.tasks().run(() -> {
            Files.write(file, printout.pdf());
            c.printing().delivered(printout);
            return file;
        }, saved -> {
            status.setText(c.messages().get("printing.preview.saved", saved.getFileName().toString()));
            c.navigator().say(c.messages().get("printing.preview.saved", saved.toString()));
        }, failure -> {
            LOG.warn("saving a printout failed", failure);
            status.setText("");
            c.dialogs().error(c.messages().get("printing.preview.save"),
                    c.messages().get("printing.preview.saveFailed", file.toString()));
        });
    }

    private void print() {
        status.setText(c.messages().get("printing.preview.printing"));
        c.tasks().run(() -> {
            String preferred = c.printing().settings().letterhead().defaultPrinter();
            Optional<String> used = PrinterJobs.print(printout.pdf(), printout.title(), preferred);
            used.ifPresent(printer -> {
                c.printing().delivered(printout);
                c.printing().settings().rememberPrinter(printer);
            });
            return used;
        }, used -> {
            status.setText(used.map(p -> c.messages().get("printing.preview.printed", p)).orElse(""));
            used.ifPresent(p -> c.navigator().say(c.messages().get("printing.preview.printed", p)));
        }, failure -> {
            LOG.warn("printing failed", failure);
            status.setText("");
            c.dialogs().error(c.messages().get("printing.preview.print"), c.messages().get("printing.preview.printFailed"));
        });
    }
}
