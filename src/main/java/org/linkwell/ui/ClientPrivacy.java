package org.linkwell.ui;

import java.util.Collection;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.linkwell.lockbox.RecordPart;
import org.linkwell.lockbox.Withheld;

/**
 * What a client's lockbox hides from the person at this desk, for screens owned by other features; given by the
 * lockbox feature. Screens hide the withheld part and show {@link #notice} in its place: that something is
 * withheld, never what.
 */
public interface ClientPrivacy {
    /** Nothing is ever withheld (screens built without the lockbox, such as some tests). */
    ClientPrivacy NONE = new ClientPrivacy() {
        @Override
        public Withheld withheld(long clientId) {
            return Withheld.NOTHING;
        }

        @Override
        public Set<Long> withholding(Collection<Long> clientIds, RecordPart part) {
            return Set.of();
        }

        @Override
        public Node notice(long clientId, Withheld withheld, Runnable opened) {
            Region none = new Region();
            none.setManaged(false);
            none.setVisible(false);
            return none;
        }
    };

    /** The parts hidden from the person at the desk now; call it off the JavaFX thread. */
    Withheld withheld(long clientId);

    /** Of these clients, those whose whole record is hidden now; call it off the JavaFX thread. */
    default Set<Long> wholeRecordWithheld(Collection<Long> clientIds) {
        return withholding(clientIds, RecordPart.WHOLE_RECORD);
    }

    /** Of these clients, those who withhold {@code part} (or their whole record) now; call it off the JavaFX thread. */
    Set<Long> withholding(Collection<Long> clientIds, RecordPart part);

    /**
     * The notice for what {@code withheld} says, with "Break the glass…" ({@code opened} runs once it is broken), or
     * a reminder that the glass is open; an invisible node when there is nothing to say.
     */
    Node notice(long clientId, Withheld withheld, Runnable opened);
}
