package org.linkwell.printing;

import java.nio.file.Path;
import java.util.Optional;

/** The organisation and paper settings every printout uses: our CHC's name, address, phone and logo. */
public record Letterhead(String chcName, String address, String phone, Optional<Path> logo, PaperSize paper,
                         String defaultPrinter) {

    public Letterhead withPaper(PaperSize other) {
        return new Letterhead(chcName, address, phone, logo, other, defaultPrinter);
    }
}
