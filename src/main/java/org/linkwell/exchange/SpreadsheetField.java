package org.linkwell.exchange;

import java.util.List;

/**
 * The columns of the catalog spreadsheet (docs/catalog-spreadsheet.md), each with its documented header,
 * whether every program must have it, and other headers that mean the same (compared lower case, without
 * accents, with spaces and hyphens read as "_").
 */
public enum SpreadsheetField {
    ID("id", false, "identifiant", "program_id", "code"),
    NAME("name", true, "program", "programme", "nom", "program_name", "nom_du_programme", "title", "titre",
            "activity", "activite"),
    DESCRIPTION("description", false, "descriptif", "about"),
    ORGANIZATION("organization", false, "organisation", "organisme", "partner", "partenaire", "organization_name",
            "organisme_partenaire", "provider", "run_by"),
    CATEGORY("category", true, "categorie", "category_code"),
    INTERESTS("interests", false, "interets", "interest", "interet", "centres_d_interet", "tags"),
    DAYS("days", false, "jours", "day", "jour", "days_of_week"),
    FREQUENCY("frequency", false, "frequence", "how_often"),
    START_TIME("start_time", false, "start", "starts", "debut", "heure_de_debut", "opens_at"),
    END_TIME("end_time", false, "end", "ends", "fin", "heure_de_fin", "closes_at"),
    MONTHS("months", false, "mois", "season", "saison"),
    VALID_FROM("valid_from", false, "start_date", "date_de_debut", "starts_on"),
    VALID_TO("valid_to", false, "end_date", "date_de_fin", "ends_on"),
    SCHEDULE_NOTE("schedule_note", false, "note_horaire", "remarque", "schedule_notes"),
    LOCATION_TYPE("location_type", false, "format", "mode", "type_de_lieu", "location_kind"),
    PLACE("place", false, "lieu", "location", "venue", "endroit", "place_name"),
    ADDRESS("address", false, "adresse", "street", "rue"),
    CITY("city", false, "ville", "municipalite", "town"),
    POSTAL_CODE("postal_code", false, "code_postal", "postal", "postcode", "zip"),
    VIRTUAL_LINK("virtual_link", false, "link", "lien", "url", "lien_virtuel", "zoom"),
    COST("cost", false, "cout", "fee", "fees", "frais", "prix", "price"),
    SUBSIDY("subsidy", false, "subvention", "subsidy_available", "aide_financiere"),
    LANGUAGES("languages", false, "langues", "language", "langue"),
    ACCESSIBILITY("accessibility", false, "accessibilite"),
    MIN_AGE("min_age", false, "age_min", "minimum_age", "age_minimum"),
    MAX_AGE("max_age", false, "age_max", "maximum_age", "age_maximum"),
    AUDIENCE("audience", false, "public", "public_cible"),
    CAPACITY("capacity", false, "capacite", "places"),
    FULL("full", false, "complet", "is_full"),
    HOW_TO_JOIN("how_to_join", false, "comment_s_inscrire", "comment_participer", "join"),
    JOIN_DETAILS("join_details", false, "details_inscription", "registration_details", "details_de_l_inscription"),
    CONTACT_NAME("contact_name", false, "contact", "personne_ressource", "nom_du_contact"),
    CONTACT_PHONE("contact_phone", false, "phone", "telephone", "tel"),
    CONTACT_EMAIL("contact_email", false, "email", "courriel", "e_mail"),
    CO_CREATED("co_created", false, "cocreated", "co_cree", "cocree"),
    CHAMPION_LED("champion_led", false, "champion", "anime_par_un_champion"),
    LAST_VERIFIED("last_verified", false, "verified", "verified_on", "last_checked", "verifie_le",
            "derniere_verification"),
    STATUS("status", false, "statut", "etat");

    private final String column;
    private final boolean required;
    private final List<String> synonyms;

    SpreadsheetField(String column, boolean required, String... synonyms) {
        this.column = column;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** The header the documentation gives, e.g. "start_time". */
    public String column() {
        return column;
    }

    public boolean required() {
        return required;
    }

    /** Other headers read as this field, in their folded form (e.g. "heure_de_debut"). */
    public List<String> synonyms() {
        return synonyms;
    }

    /** The field's name for people, in the message bundles: "import.field.start_time". */
    public String messageKey() {
        return "import.field." + column;
    }
}
