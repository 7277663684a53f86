package org.linkwell.sampledata;

import java.util.List;
import java.util.Map;
import org.linkwell.clients.BarrierType;
import org.linkwell.clients.NeedDomain;

/** What navigators write about needs, barriers and closing a file, in English and in French. */
final class CareWords {
    static final Map<NeedDomain, List<String>> NEEDS_EN = Map.of(
            NeedDomain.INCOME, List.of("Waiting for ODSP decision", "CPP only, no savings", "Cannot cover bills"),
            NeedDomain.HOUSING, List.of("Behind on rent", "Stairs at home are hard to manage", "On social housing list"),
            NeedDomain.FOOD_SECURITY, List.of("Skips meals at month end", "Uses the food bank", "Cannot cook safely"),
            NeedDomain.EMPLOYMENT, List.of("Lost job last year", "Wants part-time work"),
            NeedDomain.EDUCATION, List.of("Wants to finish high school", "Reading is hard"),
            NeedDomain.SOCIAL_ISOLATION, List.of("Lives alone, few visitors", "Widowed last year", "Family far away",
                    "Rarely leaves home"),
            NeedDomain.TRANSPORTATION, List.of("No car since licence lapsed", "Cannot manage the bus"),
            NeedDomain.CAREGIVING, List.of("Cares for a spouse with dementia", "Raising grandchildren"),
            NeedDomain.LEGAL, List.of("Dispute with landlord", "Needs help with a will"),
            NeedDomain.DIGITAL_ACCESS, List.of("No internet at home", "Has a phone but no data plan"));
    static final Map<NeedDomain, List<String>> NEEDS_FR = Map.of(
            NeedDomain.INCOME, List.of("Attend une décision du POSPH", "Seulement le RPC", "N'arrive pas à payer"),
            NeedDomain.HOUSING, List.of("Retard de loyer", "Escaliers difficiles", "Sur la liste du logement social"),
            NeedDomain.FOOD_SECURITY, List.of("Saute des repas en fin de mois", "Va à la banque alimentaire"),
            NeedDomain.EMPLOYMENT, List.of("A perdu son emploi", "Cherche un temps partiel"),
            NeedDomain.EDUCATION, List.of("Veut finir son secondaire", "Lit avec difficulté"),
            NeedDomain.SOCIAL_ISOLATION, List.of("Vit sans compagnie, peu de visites", "A perdu son conjoint l'an dernier",
                    "Famille loin", "Sort rarement"),
            NeedDomain.TRANSPORTATION, List.of("Plus de voiture", "L'autobus est difficile"),
            NeedDomain.CAREGIVING, List.of("Prend soin de son conjoint malade", "Élève ses petits-enfants"),
            NeedDomain.LEGAL, List.of("Conflit avec le propriétaire", "Besoin d'aide pour un testament"),
            NeedDomain.DIGITAL_ACCESS, List.of("Pas d'internet à la maison", "Cellulaire sans données"));

    static final Map<BarrierType, List<String>> SUPPORTS_EN = Map.of(
            BarrierType.COST, List.of("Subsidy for fee", "Free pass from the program", "Equipment lent"),
            BarrierType.TRANSPORT, List.of("Bus tickets", "Volunteer driver", "Taxi vouchers"),
            BarrierType.LANGUAGE, List.of("Interpreter booked", "French-language group found"),
            BarrierType.MOBILITY, List.of("Accessible venue chosen", "Walker loaned"),
            BarrierType.CHILDCARE, List.of("Childcare on site", "Program with kids welcome"),
            BarrierType.ANXIETY, List.of("Navigator attends first session", "Peer buddy arranged"),
            BarrierType.SCHEDULE, List.of("Evening group found", "Weekend option"),
            BarrierType.DISTANCE, List.of("Online session offered", "Closer program found"));
    static final Map<BarrierType, List<String>> SUPPORTS_FR = Map.of(
            BarrierType.COST, List.of("Frais subventionnés", "Laissez-passer gratuit", "Équipement prêté"),
            BarrierType.TRANSPORT, List.of("Billets d'autobus", "Chauffeur bénévole", "Bons de taxi"),
            BarrierType.LANGUAGE, List.of("Interprète réservé", "Groupe en français trouvé"),
            BarrierType.MOBILITY, List.of("Lieu accessible choisi", "Marchette prêtée"),
            BarrierType.CHILDCARE, List.of("Halte-garderie sur place", "Enfants bienvenus"),
            BarrierType.ANXIETY, List.of("L'intervenante accompagne la première fois", "Jumelage avec un pair aidant"),
            BarrierType.SCHEDULE, List.of("Groupe en soirée trouvé", "Option la fin de semaine"),
            BarrierType.DISTANCE, List.of("Séance en ligne offerte", "Programme plus proche trouvé"));

    static final List<String> CLOSE_REASONS_EN = List.of("Goals met", "Moved away", "Declined further support",
            "No contact after three attempts", "Transferred to another CHC", "Now in long-term care");
    static final List<String> CLOSE_REASONS_FR = List.of("Objectifs atteints", "A déménagé",
            "Ne souhaite plus de soutien", "Aucun contact après trois tentatives", "Transféré à un autre CSC");

    /** Synthetic staff who record consent. */
    static final List<String> NAVIGATORS = List.of("M. Lalonde", "P. Grant", "S. Dhillon", "A. Okafor",
            "J. Thériault", "K. MacLeod");

    private CareWords() {
    }
}
