package org.linkwell.sampledata;

import java.util.List;
import java.util.Map;
import org.linkwell.clients.Language;
import org.linkwell.clients.NeedDomain;
import org.linkwell.referrals.ReferralReason;

/**
 * What prescribers and navigators write along a journey, in English and in French (staff write in the
 * client's language). Plain sentences about the work, never a person's name.
 */
final class JourneyWords {
    /** The same words in English and in French. */
    record Bi(String en, String fr) {
        String in(Language language) {
            return language == Language.FRENCH ? fr : en;
        }
    }

    static final List<Bi> NOT_ELIGIBLE = List.of(
            bi("Not eligible: lives outside our catchment area", "Non admissible : habite hors de notre territoire"),
            bi("Not eligible: needs are clinical, referred to mental health services",
                    "Non admissible : besoins cliniques, orienté vers les services de santé mentale"),
            bi("Not eligible: already followed by a case manager for the same needs",
                    "Non admissible : déjà suivi par une gestionnaire de cas pour les mêmes besoins"));
    static final List<Bi> EARLY_CANCEL = List.of(
            bi("Referred in error", "Référé par erreur"),
            bi("Prescriber withdrew the referral", "La personne référente a retiré la demande"),
            bi("Duplicate of another referral", "Doublon d'une autre demande"));
    static final Bi NO_CONTACT = bi("Unable to contact after 3 tries", "Impossible à joindre après 3 tentatives");
    static final List<Bi> DECLINED = List.of(
            bi("Client declined: not ready for groups right now", "Décliné par la personne : pas prête pour un groupe"),
            bi("Client declined: prefers to manage on their own", "Décliné par la personne : préfère se débrouiller seule"),
            bi("Client declined: too much going on at the moment", "Décliné par la personne : trop occupée en ce moment"));
    static final List<Bi> HOLD = List.of(
            bi("Client in hospital", "Hospitalisation"),
            bi("Client away for the winter", "Absent pour l'hiver"),
            bi("Caring for a sick family member", "Prend soin d'un proche malade"),
            bi("Client asked for a pause", "La personne a demandé une pause"));
    static final List<Bi> NO_RETURN = List.of(
            bi("Did not return after the pause", "N'a pas repris contact après la pause"),
            bi("No longer able to take part", "N'est plus en mesure de participer"));
    static final List<Bi> LATE_CANCEL = List.of(
            bi("Client moved out of the area", "A déménagé hors de la région"),
            bi("Client moved into long-term care", "Est entré en soins de longue durée"));
    static final List<Bi> COMPLETED = List.of(
            bi("Goals met", "Objectifs atteints"),
            bi("Connected to programs; goals met", "Inscription à des programmes; objectifs atteints"),
            bi("Client feels ready to carry on alone", "Se sent en mesure de continuer sans aide"));
    static final Bi FILE_CLOSED = bi("Client file closed", "Dossier fermé");

    static final Map<ReferralReason, List<Bi>> HOPES = Map.of(
            ReferralReason.LONELINESS, List.of(bi("A group to meet people", "Un groupe pour rencontrer des gens"),
                    bi("Someone to talk to every week", "Quelqu'un à qui parler chaque semaine")),
            ReferralReason.LOW_MOOD_ANXIETY, List.of(bi("Something to lift the mood", "Une activité pour le moral"),
                    bi("A calm group, small and welcoming", "Un petit groupe calme et accueillant")),
            ReferralReason.PHYSICAL_ACTIVITY, List.of(bi("Gentle exercise with others", "De l'exercice doux en groupe"),
                    bi("Walking more, with company", "Marcher plus, accompagné")),
            ReferralReason.CHRONIC_CONDITION, List.of(bi("Stay active despite arthritis", "Rester active malgré l'arthrite"),
                    bi("Cook better for diabetes", "Mieux cuisiner avec le diabète")),
            ReferralReason.FOOD_INSECURITY, List.of(bi("Enough food at the end of the month", "Assez à manger en fin de mois")),
            ReferralReason.HOUSING, List.of(bi("Help with the rent arrears", "De l'aide pour les arriérés de loyer")),
            ReferralReason.INCOME, List.of(bi("Help with benefits and taxes", "De l'aide pour les prestations et l'impôt")),
            ReferralReason.CAREGIVER_STRESS, List.of(bi("A break and support as a caregiver",
                    "Du répit et du soutien comme proche aidant")),
            ReferralReason.BEREAVEMENT, List.of(bi("Support after a loss", "Du soutien après un deuil")),
            ReferralReason.NEWCOMER_SETTLEMENT, List.of(bi("Settle in and make friends", "S'installer et se faire des amis")));
    static final Map<NeedDomain, Bi> OTHER_REASONS = Map.of(
            NeedDomain.LEGAL, bi("Legal question with the landlord", "Question juridique avec le propriétaire"),
            NeedDomain.TRANSPORTATION, bi("Cannot get to appointments", "N'arrive pas à se rendre aux rendez-vous"),
            NeedDomain.DIGITAL_ACCESS, bi("Wants to get online", "Veut apprendre à utiliser internet"),
            NeedDomain.EMPLOYMENT, bi("Looking for suitable work", "Cherche un travail adapté"),
            NeedDomain.EDUCATION, bi("Wants to go back to school", "Veut retourner aux études"));

    static final List<Bi> FIRST_NOTES = List.of(
            bi("First meeting. Talked about what matters most and what gets in the way.",
                    "Première rencontre. Nous avons parlé de ce qui compte le plus et des obstacles."),
            bi("Long first talk. Lives alone and would like to get out more.",
                    "Longue première conversation. Vit sans compagnie et aimerait sortir davantage."),
            bi("First contact. Filled in the wellbeing questions together.",
                    "Premier contact. Nous avons rempli ensemble les questions sur le bien-être."));
    static final Bi FIRST_AT_CHC = bi("Met at the CHC after the doctor's visit. Keen to try a group.",
            "Rencontre au CSC après la visite médicale. Aimerait essayer un groupe.");
    static final List<Bi> FOLLOW_UP_NOTES = List.of(
            bi("Went to the first session and enjoyed it.", "Première séance faite et appréciée."),
            bi("Found the group too big; we looked at smaller ones.",
                    "Le groupe était trop grand; nous avons regardé des groupes plus petits."),
            bi("Transport was a problem; sorted out bus tickets.",
                    "Le transport posait problème; billets d'autobus réglés."),
            bi("Feeling a bit low this month. Agreed to keep going.",
                    "Moral un peu bas ce mois-ci. A accepté de continuer."),
            bi("Talked about other options close to home.", "Nous avons parlé d'autres options près du domicile."));
    static final Bi PHONE_CHECK_IN = bi("Checked in by phone. Going every week now.",
            "Appel de suivi. Y va chaque semaine maintenant.");
    static final List<Bi> TEXT_NOTES = List.of(bi("Texted to check in; all going well.", "Échange de textos : tout va bien."),
            bi("Sent the session times by text.", "Horaire des séances envoyé par texto."));
    static final List<Bi> HOLD_NOTES = List.of(
            bi("Client asked to pause for now. Will call again next month.",
                    "Demande une pause pour le moment. Je rappellerai le mois prochain."),
            bi("In hospital. Referral on hold until discharge.", "Hospitalisation. Demande en attente jusqu'au congé."));
    static final List<Bi> CLOSING_NOTES = List.of(
            bi("Reviewed goals together. Feels more connected. Closing the referral.",
                    "Revu les objectifs ensemble. Moins d'isolement ressenti. Fermeture de la demande."),
            bi("Goes to two groups on their own now. Closing with their agreement.",
                    "Participe maintenant à deux groupes sans aide. Fermeture avec son accord."),
            bi("Last meeting. Wellbeing questions repeated; things are better.",
                    "Dernière rencontre. Questions sur le bien-être reprises; ça va mieux."));
    static final List<Bi> DECLINED_NOTES = List.of(
            bi("Talked about options. Not interested for now; knows how to reach us.",
                    "Options présentées. Pas d'intérêt pour l'instant; sait comment nous joindre."));

    static final List<Bi> FIRST_STEPS = List.of(
            bi("Call the program to book a place", "Appeler le programme pour réserver une place"),
            bi("Mail the program details", "Envoyer les détails du programme par la poste"),
            bi("Phone after the first session", "Téléphoner après la première séance"));
    static final List<Bi> FOLLOW_UP_STEPS = List.of(
            bi("Check in by phone", "Appel de suivi"),
            bi("Send bus tickets", "Envoyer des billets d'autobus"),
            bi("Look for an evening group", "Chercher un groupe en soirée"),
            bi("Repeat the wellbeing questions", "Reprendre les questions sur le bien-être"));
    static final Bi LATER_CHECK = bi("Check-in call three months after closing", "Appel de suivi trois mois après la fermeture");
    static final Bi HOLD_STEP = bi("Call to see if ready to resume", "Appeler pour voir si la personne est prête à reprendre");

    static final List<Bi> PROGRAM_DECLINED = List.of(
            bi("Times don't suit", "L'horaire ne convient pas"), bi("Too far to travel", "Trop loin"),
            bi("Not interested after all", "Finalement pas d'intérêt"),
            bi("Would rather wait until spring", "Préfère attendre le printemps"),
            bi("Does not want a group setting", "Ne veut pas d'activité en groupe"));
    static final List<Bi> MATERIAL_DECLINED = List.of(
            bi("Does not need it after all", "N'en a finalement pas besoin"),
            bi("Family is helping instead", "La famille aide à la place"));
    static final List<Bi> NEVER_STARTED = List.of(
            bi("Did not go to the first session", "Absence à la première séance"));
    static final List<Bi> DROPPED_OUT = List.of(
            bi("Did not feel welcome", "Ne se sentait pas à sa place"),
            bi("Transport fell through", "Plus de transport"), bi("Health got worse", "Santé détériorée"),
            bi("Group was too big", "Groupe trop grand"), bi("Schedule changed", "Changement d'horaire"));
    static final Bi NOT_TAKEN_UP = bi("Not taken up before the referral closed", "Pas commencé avant la fermeture de la demande");
    static final Bi PROGRAM_ENDED = bi("Program ended", "Le programme a pris fin");
    static final Bi PROGRAM_PAUSED = bi("Program paused", "Programme suspendu");
    static final List<Bi> PRESCRIPTION_NOTES = List.of(
            bi("Goes with a neighbour.", "Y va avec une voisine."), bi("Loves it.", "Adore l'activité."),
            bi("Prefers the morning group.", "Préfère le groupe du matin."));
    static final Bi WAITING = bi("Waiting for a place.", "En attente d'une place.");
    static final Map<String, Bi> SUPPORT_NOTES = Map.of(
            "bus-tickets", bi("10 bus tickets a month", "10 billets d'autobus par mois"),
            "ride", bi("Volunteer driver", "Chauffeur bénévole"),
            "fee-paid", bi("Fee paid by the CHC", "Frais payés par le CSC"),
            "companion", bi("Navigator went to the first session", "L'intervenante a accompagné à la première séance"),
            "interpreter", bi("Interpreter for the first sessions", "Interprète aux premières séances"),
            "childcare", bi("Childcare arranged", "Garde d'enfants organisée"),
            "reminder-calls", bi("Reminder call the day before", "Appel de rappel la veille"));
    static final List<Bi> MATERIAL_ITEMS = List.of(
            bi("Grocery gift card", "Carte-cadeau d'épicerie"), bi("Winter boots", "Bottes d'hiver"),
            bi("Pill organiser", "Pilulier"), bi("Phone top-up card", "Carte de recharge pour cellulaire"));

    static final List<Bi> TRAINING_DONE = List.of(
            bi("Completed the Health Champion orientation (2 sessions)",
                    "A suivi la formation des Champions de la santé (2 séances)"),
            bi("Peer leader training and first aid", "Formation de pair aidant et premiers soins"));
    static final Bi TRAINING_PENDING = bi("Booked for the next orientation", "Inscription à la prochaine formation");
    static final List<Bi> LEADS_NOTES = List.of(bi("Led the session", "A animé la séance"),
            bi("Welcomed new members", "A accueilli les nouveaux"), bi("Set up the room", "A préparé la salle"));
    static final List<Bi> CO_CREATES_NOTES = List.of(bi("Planning meeting", "Réunion de planification"),
            bi("Helped run the session", "A aidé à animer la séance"));
    static final List<Bi> OTHER_HOURS_NOTES = List.of(bi("Spoke at the open house", "A parlé à la journée portes ouvertes"),
            bi("Phoned new clients to welcome them", "A appelé de nouvelles personnes pour les accueillir"));

    private JourneyWords() {
    }

    private static Bi bi(String en, String fr) {
        return new Bi(en, fr);
    }
}
