import { list, type Vocabulary } from './vocabulary';

export const FRENCH: Vocabulary = {
  language: 'fr',
  words: {
    yes: list(`
      oui | ouais | ouai | ouep | ouaip | wi | d'accord | d accord | dac | dacc | dak | je viens
      ok je viens | je peux | oui je peux | avec plaisir | bien sûr | volontiers | je prends
      je la prends | je confirme | ça marche | ca marche | c'est bon | partant | partante
      compte sur moi | entendu | sans problème | sans souci | sans soucis | je serai là
      j'y serai | carrément | évidemment | je suis dispo | je suis disponible | dispo | disponible
      je serai présent | je serai présente | je peux venir | je viendrai | oui je viendrai
      ok pour moi | c'est ok pour moi | c'est bon pour moi | bon pour moi | ça me va | ca me va
      ça me convient | ça roule | ca roule | je le prends | je prends la mission
      je prends le créneau | ok je prends | je valide | validé | j'accepte
      accepté | je m'inscris | inscris-moi | inscrivez-moi | je suis ok | je suis d'accord
      oui avec plaisir | ça marche pour moi
    `),
    no: list(`
      non | nan | non merci | je peux pas | je ne peux pas | peux pas | pas dispo
      pas disponible | je suis pas dispo | je ne suis pas disponible | je ne suis pas dispo
      indisponible | impossible | pas possible | je ne pourrai pas | je pourrai pas
      je ne pourrai pas venir | je pourrai pas venir | pas cette fois | je refuse
      je ne viens pas | je viens pas | je ne viendrai pas | je viendrai pas | pas du tout
      je conteste | je passe | je passe mon tour | pas pour moi | c'est non
      je ne suis pas libre | je suis pas libre | pas libre | indispo | je suis indispo
      ça ne va pas être possible | ça va pas être possible | ça ne m'arrange pas
      ça m'arrange pas | ça ne me va pas | ça me va pas | je décline | je suis occupé
      je suis occupée | occupé | occupée | une autre fois | la prochaine fois
      impossible pour moi | pas ce coup-ci
    `),
    negation: list(`pas | ne | jamais | plus jamais | pas encore`),
    here: list(`
      je suis là | je suis la | suis là | suis la | arrivé | arrivée | je suis arrivé
      je suis arrivée | bien arrivé | bien arrivée | sur place | je suis sur place | présent
      présente | j'y suis
    `),
    late: list(`
      retard | en retard | je suis en retard | je serai en retard | je vais être en retard
      j'aurai du retard | du retard | un peu de retard | je vais avoir du retard | retardé
      retardée
    `),
    done: list(`
      terminé | terminée | fini | finie | j'ai fini | j'ai terminé | c'est fini | c'est terminé
      mission terminée | tout est fini | tout est terminé | fin de mission
    `),
    drop: list(`
      lâcher | lâche | je lâche | je lâche la mission | lâcher la mission | je me désiste
    `),
    unwell: list(`
      je suis malade | suis malade | je me sens mal | me sens mal | je ne me sens pas bien
      je me sens pas bien | me sens pas bien | je ne vais pas bien | je vais pas bien
      pas en forme | je suis pas en forme | je ne suis pas en forme | mauvaise journée
      une mauvaise journée | je passe une mauvaise journée | j'ai une mauvaise journée
      je suis souffrant | je suis souffrante | je suis tombé malade | je suis tombée malade
      je ne suis pas bien | je suis pas bien | j'ai de la fièvre | j'ai la fièvre
      j'ai de la température | j'ai la grippe | j'ai le covid | j'ai la covid | j'ai la gastro
      j'ai une gastro | j'ai une migraine | j'ai la migraine | j'ai mal à la tête
      j'ai mal au ventre | j'ai mal au dos | j'ai mal à l'estomac | je vomis | j'ai vomi
      je suis blessé | je suis blessée | je me suis blessé | je me suis blessée
    `),
    intro: list(
      `présenter | présentez-moi | présente-moi | je veux être présenté | je veux être présentée`,
    ),
    status: list(`
      statut | mes missions | missions | prochaine mission | ma prochaine mission | mon planning
      planning | mes créneaux
    `),
    hours: list(`heures | mes heures | combien d'heures | heures travaillées`),
    record: list(`dossier | mon dossier | parcours | mon parcours | historique | mon historique`),
    help: list(`aide | aidez-moi | aide-moi | commandes | au secours`),
    hedge: list(`
      peut-être | peut etre | ptet | p'tet | je sais pas | je ne sais pas | sais pas | chais pas
      jsp | je pense | je crois | probablement | on verra | je verrai | je vais voir
      je te dis | je vous dis | je te redis | je vous redis | je vais essayer | j'essaie
      pas sûr | pas sûre | pas certain | pas certaine | sûrement | normalement | si je
      si j'ai | si on | si c'est | si il | s'il | sans doute | aucune idée | je réfléchis
      laisse-moi voir | ça m'intéresse | à condition que | seulement si | tant que
    `),
    idiom: list(`
      pas de problème | pas de prob | pas de pb | pas de souci | pas de soucis | pourquoi pas
      pas mal | y a pas de souci | il n'y a pas de souci
    `),
    stopword: list(`annuler | annule | annulé | annulée | arrêter | arrête | arrêt | désabonner`),
    contrast: list(`mais | sauf | seulement | sauf que`),
    filler: list(`
      merci | merci beaucoup | svp | stp | s'il vous plaît | s'il te plaît | bonjour | bonsoir
      salut | coucou | parfait | super | génial | top | nickel | désolé | désolée | à bientôt
      bonne journée | madame | monsieur | cordialement | mdr | bisous | très bien | bien
      malheureusement | hélas | impec | impeccable
    `),
    glue: list(`
      je | moi | le | la | les | y | serai | suis | à | a | de | ça | ca | c'est | et | vous | tu
      en | j'y | venir
    `),
    content: list(`
      je ne suis pas malade | je suis pas malade | pas malade | est malade | sont malades
      se sent mal | ne se sent pas bien | se sent pas bien | a de la fièvre | a la fièvre
      a la grippe | a le covid | a la gastro | vomit | est tombé malade
      est tombée malade | mon fils | ma fille | mon enfant | mes enfants | mon bébé | ma mère
      mon père | ma maman | mon papa | mon mari | ma femme | mon conjoint | ma conjointe
      mon frère | ma sœur | ma soeur | ma grand-mère | mon grand-père
      je ne comprends pas | je comprends pas | je parle pas anglais | mauvais numéro | j'arrive
      je suis en route | en route | en chemin | aujourd'hui | demain | ce soir | ce matin
      cet après-midi | lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche
      cette semaine | ce jour-là
      plus d'heures | plus de missions | plus de travail | davantage d'heures | heures supplémentaires
    `),
    both: list(`les deux | aux deux | pour les deux | tous les deux | toutes les deux`),
    all: list(`tous | toutes | pour tous | pour toutes | à tous`),
    half_hour: list(`demi-heure | une demi-heure`),
    one_hour: list(`une heure`),
  },
  typoTolerant: list(`arrivé | retard | terminé | statut | heures`),
  questionWords: list(`pourquoi | combien | comment | où | quoi`),
  questionOpeners: list(`qui | quand | quel | quelle | quels | quelles | est | faut | dois`),
};
