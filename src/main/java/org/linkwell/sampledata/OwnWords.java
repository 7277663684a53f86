package org.linkwell.sampledata;

import java.util.List;

/** What clients say matters to them and what they offer, in English and in French. */
final class OwnWords {
    static final List<String> GOALS_EN = List.of("I want to get out of the house more.", "I'd like to meet new people.",
            "I want to feel less lonely.", "I want to walk without my cane by summer.",
            "I'd like to garden again like I used to.", "I want to sleep better.", "I want to eat better on a budget.",
            "I'd like to find a choir to sing in.", "I want to be able to play with my grandkids.",
            "I want to get back to painting.", "I'd like to do something useful with my time.",
            "I want to feel part of the community.", "I want to learn to use my tablet to video-call my family.",
            "I'd like to make a friend I can call.", "I want to get stronger after my fall.",
            "I want to feel calmer and less worried.", "I'd like to volunteer somewhere.",
            "I want to cook proper meals again.", "I want to go to the pool once a week.",
            "I'd like to join a walking group.", "I want to find work that suits my health.",
            "I want to stop feeling stuck at home.", "I'd like to learn how to knit.",
            "I want to practise my English with other people.", "I want a reason to get up in the morning.",
            "I'd like to be outside in nature more.", "I want to manage my money better.",
            "I'd like to go back to church.", "I want to find a safer place to live.",
            "I want to keep my mind sharp.", "I'd like to dance again.", "I want to have something to look forward to.",
            "I want to be less dependent on my daughter.", "I'd like to share my cooking with others.",
            "I want to take better care of myself.", "I'd like to fix things again in a workshop.",
            "I want to feel useful.", "I'd like to learn something new.", "I want to connect with my culture.",
            "I want to get my driver's licence back or find another way to get around.");
    static final List<String> GOALS_FR = List.of("Je veux sortir de la maison plus souvent.",
            "Je veux rencontrer des gens.", "Je veux briser mon isolement.",
            "J'aimerais recommencer à jardiner comme avant.", "Je veux mieux dormir.",
            "Je veux manger mieux sans dépenser trop.", "J'aimerais chanter dans une chorale.",
            "Je veux pouvoir jouer avec mes petits-enfants.", "Je veux me remettre à la peinture.",
            "J'aimerais me rendre utile.", "Je veux me sentir partie de la communauté.",
            "Je veux apprendre à utiliser ma tablette pour parler à ma famille.",
            "J'aimerais me faire une amie à qui téléphoner.", "Je veux reprendre des forces après ma chute.",
            "Je veux me sentir plus calme.", "J'aimerais faire du bénévolat.", "Je veux recommencer à cuisiner.",
            "Je veux aller à la piscine une fois par semaine.", "J'aimerais me joindre à un club de marche.",
            "Je veux trouver un travail adapté à ma santé.", "Je ne veux plus me sentir coincé à la maison.",
            "J'aimerais apprendre à tricoter.", "Je veux une raison de me lever le matin.",
            "J'aimerais passer plus de temps dehors.", "Je veux mieux gérer mon budget.",
            "J'aimerais retourner à l'église.", "Je veux trouver un logement plus sûr.",
            "Je veux garder l'esprit vif.", "J'aimerais danser de nouveau.", "Je veux avoir quelque chose à attendre.",
            "Je veux dépendre moins de ma fille.", "J'aimerais partager ma cuisine avec d'autres.",
            "Je veux prendre soin de moi.", "J'aimerais bricoler de nouveau dans un atelier.",
            "Je veux me sentir utile.", "J'aimerais apprendre quelque chose de nouveau.",
            "Je veux parler français avec d'autres.", "Je veux marcher sans ma canne d'ici l'été.",
            "Je veux bouger plus.", "Je veux retrouver le goût de sortir.");

    static final List<String> GIFTS_EN = List.of("Good at knitting", "Bakes bread and likes to share it",
            "Retired carpenter, can fix almost anything", "Plays the fiddle", "Knows a lot about plants",
            "Former teacher, patient with beginners", "Good listener", "Can drive others to activities",
            "Sews and mends clothes", "Makes people laugh", "Used to coach hockey", "Great with computers",
            "Paints watercolours", "Knows every trail in the county", "Cooks for a crowd");
    static final List<String> GIFTS_FR = List.of("Tricote très bien", "Fait son pain et aime le partager",
            "Bricole et répare presque tout", "Joue du violon", "Connaît bien les plantes",
            "A enseigné 30 ans, beaucoup de patience", "Sait écouter", "Peut conduire d'autres personnes",
            "Coud et raccommode", "Fait rire les gens", "A entraîné une équipe de hockey", "Cuisine pour un groupe",
            "Peint à l'aquarelle");

    static final List<String> INTEREST_NOTES_EN = List.of("Used to sing in a church choir", "Loves birdwatching",
            "Prefers small groups", "Walked every day before the surgery", "Grew vegetables for 30 years",
            "Likes crosswords and cribbage", "Interested in the seed library", "Would try tai chi",
            "Only mornings suit", "Prefers people around the same age");
    static final List<String> INTEREST_NOTES_FR = List.of("Chantait dans la chorale de la paroisse",
            "Aime observer les oiseaux", "Préfère les petits groupes", "Marchait tous les jours avant l'opération",
            "Aime les mots croisés et le crible", "Intérêt pour la grainothèque", "Essaierait le tai-chi",
            "Disponible le matin seulement");

    /** What a client who speaks another language can offer; %s is the language. */
    static final String SPEAKS_EN = "Speaks %s and English";

    private OwnWords() {
    }
}
