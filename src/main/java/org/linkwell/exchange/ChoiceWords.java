package org.linkwell.exchange;

import java.util.Map;
import org.linkwell.programs.HowToJoin;
import org.linkwell.programs.LocationKind;
import org.linkwell.programs.ProgramStatus;

/** English and French words people write for the coded choices of a program, besides the codes themselves. */
final class ChoiceWords {
    static final Map<String, LocationKind> LOCATION = Map.ofEntries(
            Map.entry("en personne", LocationKind.IN_PERSON), Map.entry("sur place", LocationKind.IN_PERSON),
            Map.entry("on site", LocationKind.IN_PERSON), Map.entry("onsite", LocationKind.IN_PERSON),
            Map.entry("online", LocationKind.VIRTUAL), Map.entry("en ligne", LocationKind.VIRTUAL),
            Map.entry("virtuel", LocationKind.VIRTUAL), Map.entry("virtuelle", LocationKind.VIRTUAL),
            Map.entry("zoom", LocationKind.VIRTUAL), Map.entry("telephone", LocationKind.PHONE),
            Map.entry("by phone", LocationKind.PHONE), Map.entry("par telephone", LocationKind.PHONE));

    static final Map<String, HowToJoin> JOINING = Map.ofEntries(
            Map.entry("walk-in", HowToJoin.DROP_IN), Map.entry("walk in", HowToJoin.DROP_IN),
            Map.entry("sans rendez-vous", HowToJoin.DROP_IN), Map.entry("libre", HowToJoin.DROP_IN),
            Map.entry("registration", HowToJoin.REGISTER), Map.entry("inscription", HowToJoin.REGISTER),
            Map.entry("sur inscription", HowToJoin.REGISTER), Map.entry("s'inscrire", HowToJoin.REGISTER),
            Map.entry("referral", HowToJoin.REFERRAL_FORM), Map.entry("aiguillage", HowToJoin.REFERRAL_FORM),
            Map.entry("formulaire", HowToJoin.REFERRAL_FORM),
            Map.entry("formulaire d'aiguillage", HowToJoin.REFERRAL_FORM),
            Map.entry("formulaire de recommandation", HowToJoin.REFERRAL_FORM));

    static final Map<String, ProgramStatus> STATUS = Map.ofEntries(
            Map.entry("actif", ProgramStatus.ACTIVE), Map.entry("open", ProgramStatus.ACTIVE),
            Map.entry("ouvert", ProgramStatus.ACTIVE), Map.entry("en pause", ProgramStatus.PAUSED),
            Map.entry("on hold", ProgramStatus.PAUSED), Map.entry("suspendu", ProgramStatus.PAUSED),
            Map.entry("inactive", ProgramStatus.PAUSED), Map.entry("inactif", ProgramStatus.PAUSED),
            Map.entry("temporarily closed", ProgramStatus.PAUSED), Map.entry("termine", ProgramStatus.ENDED),
            Map.entry("closed", ProgramStatus.ENDED), Map.entry("ferme", ProgramStatus.ENDED),
            Map.entry("defunct", ProgramStatus.ENDED));

    private ChoiceWords() {
    }
}
