package org.linkwell.referrals;

import java.util.List;
import org.linkwell.programs.Program;

/** A catalog program ranked for one client, with the reasons for (and against) the match. */
public record Suggestion(Program program, int score, List<Reason> reasons) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    /** One reason, as a message key with its values; {@code positive} is false for a drawback. */
    public record Reason(String messageKey, List<String> args, boolean positive) {
        public Reason {
            args = List.copyOf(args);
        }

        static Reason good(String key, String... args) {
            return new Reason(key, List.of(args), true);
        }

        static Reason bad(String key, String... args) {
            return new Reason(key, List.of(args), false);
        }
    }
}
