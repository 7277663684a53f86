package org.linkwell.sampledata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Name pools for the synthetic clients: common given and family names of the people of
 * eastern Ontario, drawn at random, so any resemblance to a real person is chance.
 */
final class Names {
    static final List<String> FRENCH_WOMEN = words("Marie, Hélène, Josée, Sylvie, Monique, Lise, Ginette, Francine, "
            + "Louise, Nicole, Diane, Denise, Jocelyne, Pierrette, Thérèse, Céline, Chantal, Geneviève, Mélanie, "
            + "Isabelle, Nathalie, Zoé, Chloé, Émilie, Maude, Marie-Ève, Andrée, Réjeanne, Gisèle, Yvette, Colette, "
            + "Solange, Danielle, Madeleine, Cécile, Rachelle, Noémie, Anaïs, Élise, Joëlle, Huguette, Lucie");
    static final List<String> FRENCH_MEN = words("Jean, Pierre, Michel, André, Claude, Gilles, Réjean, Gaétan, Luc, "
            + "Marc, François, Jean-François, Jacques, Yves, Denis, Normand, Raymond, Gérard, Roger, Émile, Benoît, "
            + "Stéphane, Sébastien, Mathieu, Olivier, Jérôme, Hervé, Rémi, Guy, Léo, Félix, Étienne, Alexandre, "
            + "Sylvain, Marcel, Lucien, Aimé, Jean-Guy, Réal, Noël, Maxime");
    static final List<String> FRENCH_FAMILY = words("Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, "
            + "Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, "
            + "Caron, Beaulieu, Cloutier, Dubé, Poirier, Fournier, Lapointe, Leclerc, Lefebvre, Poulin, Thibault, "
            + "St-Pierre, Thériault, Séguin, Lalonde, Lamarche, Brisebois, Villeneuve, Charbonneau, Landry, "
            + "Desjardins, Lacroix, Bourgeois, Giroux, Larocque, Léger, Génier, Émond, Bédard, Chénier, Ménard, "
            + "Sauvé, Trépanier, Déry, Lapierre, Perrault, Forget, Legault, Proulx, Quesnel, Massé, Martin, Tremblay");

    static final List<String> ENGLISH_WOMEN = words("Mary, Margaret, Patricia, Linda, Barbara, Elizabeth, Susan, "
            + "Karen, Nancy, Donna, Carol, Sandra, Sharon, Brenda, Debbie, Judy, Shirley, Joan, Dorothy, Heather, "
            + "Jennifer, Lisa, Kimberly, Sarah, Amanda, Jessica, Ashley, Emily, Megan, Rebecca, Catherine, Anne, "
            + "Helen, Ruth, Gail, Wendy, Lorraine, Teresa, Maria, Rosa, Anna, Irene, Olga, Krystyna, Ingrid");
    static final List<String> ENGLISH_MEN = words("John, Robert, William, James, David, Michael, Richard, Thomas, "
            + "Charles, Donald, George, Kenneth, Paul, Brian, Gary, Ronald, Douglas, Wayne, Bruce, Gordon, Kevin, "
            + "Steven, Mark, Jason, Matthew, Ryan, Tyler, Andrew, Christopher, Joseph, Peter, Frank, Harold, Walter, "
            + "Arthur, Ian, Angus, Giuseppe, Antonio, Manuel, Jan, Stanley, Dmytro, Hendrik");
    static final List<String> ENGLISH_FAMILY = words("Smith, Brown, Wilson, MacDonald, Campbell, Stewart, Anderson, "
            + "Taylor, Johnson, Thompson, Miller, White, Scott, Young, Robertson, Murray, Reid, Fraser, MacLeod, "
            + "McDonell, Grant, Ross, Kennedy, Morrison, Clarke, Wright, Walker, Hall, Graham, Hamilton, Ferguson, "
            + "Sullivan, O'Brien, Kelly, Murphy, Ryan, Doyle, Byrne, Rossi, Ferreira, Kowalski, Nowak, Van Dyk, "
            + "DeJong, Schmidt, Wagner, Kovalenko, Bondarenko, Costa, Silva, Russo, Rizzo, Baker, Cameron, Mullin");

    static final List<String> SOUTH_ASIAN_WOMEN = words("Priya, Anjali, Sunita, Harpreet, Manpreet, Gurpreet, "
            + "Kamaljit, Parveen, Ayesha, Lakshmi, Deepa, Kavita, Neha, Simran, Rupinder, Nasreen, Shanthi, Meena");
    static final List<String> SOUTH_ASIAN_MEN = words("Rajesh, Harjit, Gurdeep, Sandeep, Amit, Vijay, Suresh, Arjun, "
            + "Rahul, Imran, Tariq, Balwinder, Jaswinder, Kuldeep, Mohinder, Sanjay, Ravi, Karthik, Anil, Ashok");
    static final List<String> SOUTH_ASIAN_FAMILY = words("Singh, Kaur, Patel, Sharma, Gill, Sandhu, Dhillon, Grewal, "
            + "Sidhu, Khan, Ahmed, Hussain, Shah, Gupta, Kumar, Reddy, Nair, Iyer, Pillai, Malik, Chaudhry, Bains");

    static final List<String> BLACK_WOMEN = words("Keisha, Tanisha, Marcia, Claudette, Yvonne, Beverley, Sonia, "
            + "Grace, Abena, Ama, Chidinma, Ngozi, Amina, Fartun, Hodan, Nadège, Rose-Marie, Mirlande, Fabiola, "
            + "Esther, Blessing, Aïssatou, Fatou");
    static final List<String> BLACK_MEN = words("Marcus, Andre, Desmond, Winston, Delroy, Trevor, Leroy, Kwame, "
            + "Kofi, Chinedu, Emeka, Olusegun, Abdi, Yusuf, Jean-Robert, Wilner, Fritz, Ousmane, Mamadou, Tesfaye");
    static final List<String> BLACK_FAMILY = words("Williams, Thomas, Francis, Grant, Clarke, Mensah, Osei, Boateng, "
            + "Okafor, Adeyemi, Okonkwo, Abdullahi, Hassan, Warsame, Farah, Jean-Baptiste, Pierre-Louis, Joseph, "
            + "Charles, Dorvil, Desrosiers, Diallo, Ndiaye, Tadesse, Bekele, Kamara, Kabongo, Tshibangu");

    static final List<String> CHINESE_WOMEN = words("Mei, Li, Xiaoling, Hui, Jing, Yan, Ling, Siu-Ling, Ying, Fang, "
            + "Xin, Qing, Wai-Man, Yuk-Lan");
    static final List<String> CHINESE_MEN = words("Wei, Jun, Hao, Ming, Lei, Jian, Kwok-Wing, Tao, Zhiwei, Yong, "
            + "Feng, Chi-Keung, Bo");
    static final List<String> CHINESE_FAMILY = words("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, "
            + "Sun, Zhu, Lin, Guo, Chan, Wong, Leung, Lam, Cheung, Ng, Lau");

    static final List<String> FILIPINO_WOMEN = words("Maria, Rosalinda, Marites, Jocelyn, Lorna, Cristina, Marivic, "
            + "Analyn, Jasmin, Rowena, Ligaya, Divina");
    static final List<String> FILIPINO_MEN = words("Jose, Rodrigo, Ramon, Ernesto, Rolando, Danilo, Eduardo, Romeo, "
            + "Arnel, Jericho, Renato, Bayani");
    static final List<String> FILIPINO_FAMILY = words("Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Villanueva, "
            + "Ramos, Aquino, Castillo, Dela Cruz, Manalo, Tolentino, Navarro");

    static final List<String> ARAB_WOMEN = words("Fatima, Layla, Nour, Mariam, Rania, Huda, Samira, Amal, Yasmin, "
            + "Hanan, Salma, Zeinab, Lina, Rana, Dalia");
    static final List<String> ARAB_MEN = words("Mohammed, Ahmad, Ali, Omar, Khaled, Hassan, Youssef, Samir, Karim, "
            + "Tarek, Nabil, Walid, Bilal, Hussein, Fadi, Rami, Ibrahim");
    static final List<String> ARAB_FAMILY = words("Haddad, Khoury, Nasser, Hamdan, Mansour, Saleh, Abboud, Darwish, "
            + "Hijazi, El-Amin, Al-Hussein, Kassem, Aziz, Barakat, Halabi, Jaber, Saad");

    static final List<String> INDIGENOUS_WOMEN = words("Kateri, Sharon, Brenda, Dawn, Tammy, Crystal, Cheyenne, "
            + "Autumn, Skye, Marlene, Bernadette, Josephine, Theresa, Winona");
    static final List<String> INDIGENOUS_MEN = words("Joseph, Raymond, Dennis, Travis, Cody, Dakota, Shane, Wade, "
            + "Clayton, Harvey, Vernon, Lorne, Ernest, Russell");
    static final List<String> INDIGENOUS_FAMILY = words("Whiteduck, Commanda, Beaucage, Nahwegahbow, Manitowabi, "
            + "Jacobs, Brant, Maracle, Bomberry, Sutherland, Kakegamic, Meekis, Lazore, Cook, Herne, Tarbell, "
            + "Benedict, Sunday, Oakes, Swamp, Jock, Chartrand, Lavallée, Fiddler, Linklater");

    /** Names that people often shorten: a source of preferred names. */
    static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("Robert", "Bob"),
            Map.entry("William", "Bill"), Map.entry("Margaret", "Peggy"), Map.entry("Elizabeth", "Liz"),
            Map.entry("Patricia", "Pat"), Map.entry("Richard", "Rick"), Map.entry("James", "Jim"),
            Map.entry("Michael", "Mike"), Map.entry("Catherine", "Cathy"), Map.entry("Kenneth", "Ken"),
            Map.entry("Douglas", "Doug"), Map.entry("Jennifer", "Jen"), Map.entry("Christopher", "Chris"),
            Map.entry("Joseph", "Joe"), Map.entry("Thomas", "Tom"), Map.entry("Andrew", "Andy"),
            Map.entry("Marie-Ève", "Ève"), Map.entry("Jean-François", "J-F"), Map.entry("Mohammed", "Mo"),
            Map.entry("Giuseppe", "Joe"), Map.entry("Alexandre", "Alex"), Map.entry("Gérard", "Gerry"),
            Map.entry("Rosalinda", "Rosie"), Map.entry("Kwok-Wing", "Kenny"));

    /** English names some people from China and the Philippines go by. */
    static final List<String> ADOPTED_WOMEN = words("Grace, Linda, Amy, Helen, Cindy, Joyce");
    static final List<String> ADOPTED_MEN = words("Kevin, Tony, David, Eric, Peter, Vincent");

    private Names() {
    }

    static List<String> words(String commaSeparated) {
        return List.copyOf(Arrays.asList(commaSeparated.split(",\\s*")));
    }
}
