package org.linkwell.printing.ui;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Sends the PDF to a printer through the system print dialog. Call off the JavaFX thread: the dialog is modal. */
final class PrinterJobs {
    private PrinterJobs() {
    }

    static List<String> printerNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    /** Shows the system print dialog (starting on {@code preferred} when it exists); the printer used, or empty if cancelled. */
    static Optional<String> print(byte[] pdf, String jobName, String preferred) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
                if (service.getName().equals(preferred)) {
                    job.setPrintService(service);
                }
            }
            if (!job.printDialog()) {
                return Optional.empty();
            }
            job.print();
            return Optional.ofNullable(job.getPrintService()).map(PrintService::getName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PrinterException e) {
            throw new IllegalStateException("printing failed", e);
        }
    }
}
