package org.linkwell.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.linkwell.programs.CostKind;
import org.linkwell.programs.Program;

/** The cost column: "free", "sliding scale" (optionally with its usual top: "sliding scale 10.00") or an amount. */
final class CostText {
    private static final List<String> FREE = List.of("free", "gratuit", "gratuite", "no cost", "sans frais");
    private static final List<String> SLIDING = List.of("sliding scale", "sliding-scale", "echelle mobile",
            "echelle de prix mobile", "pay what you can", "contribution volontaire");

    private CostText() {
    }

    static Program.Cost parse(String text, boolean subsidy) throws InvalidCell {
        String folded = Words.fold(text);
        if (folded.isEmpty() || FREE.contains(folded)) {
            return new Program.Cost(CostKind.FREE, OptionalInt.empty(), subsidy);
        }
        for (String sliding : SLIDING) {
            if (folded.startsWith(sliding)) {
                String rest = folded.substring(sliding.length()).replaceFirst("^[\\s:,(]*(up to|jusqu'a)?", "")
                        .replaceFirst("\\)$", "");
                return new Program.Cost(CostKind.SLIDING_SCALE, amount(rest, text), subsidy);
            }
        }
        OptionalInt cents = amount(folded, text);
        return new Program.Cost(CostKind.FEE, cents, subsidy);
    }

    private static OptionalInt amount(String part, String text) throws InvalidCell {
        try {
            return Cells.cents(part);
        } catch (InvalidCell e) {
            throw new InvalidCell("import.cost", text);
        }
    }

    static String format(Program.Cost cost) {
        return switch (cost.kind()) {
            case FREE -> "free";
            case FEE -> cost.cents().isPresent() ? amount(cost.cents().getAsInt()) : "";
            case SLIDING_SCALE -> "sliding scale" + (cost.cents().isPresent() ? " " + amount(cost.cents().getAsInt()) : "");
        };
    }

    /** 550 cents is "5.50". */
    static String amount(int cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
