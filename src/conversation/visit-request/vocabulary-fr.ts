import { alternation } from './alternation';
import type { VisitVocabulary } from './vocabulary';

const WEEKDAY_NUMBERS = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};
const WEEKDAYS = alternation(WEEKDAY_NUMBERS);

export const FRENCH: VisitVocabulary = {
  dateSpellings: [
    'mercredi',
    'vendredi',
    'samedi',
    'dimanche',
    'demain',
    "aujourd'hui",
    'prochain',
    'prochaine',
  ],
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
  },
  relativeDays: [['apres[-\\s]?demain', 2]],
  partsOfDay: [
    { pattern: 'ce\\s+matin', part: 'morning', today: true },
    { pattern: 'cet\\s+(?:apres[-\\s]?midi|aprem)', part: 'afternoon', today: true },
    { pattern: 'ce\\s+soir', part: 'evening', today: true },
    {
      pattern:
        '(?:le\\s+|au\\s+|du\\s+|dans\\s+la\\s+|en\\s+(?:debut\\s+de\\s+|fin\\s+de\\s+)?)?mat(?:inee|in)',
      part: 'morning',
    },
    {
      pattern: "(?:(?:dans|de)\\s+l'|l'|en\\s+(?:debut|fin)\\s+d')?(?:apres[-\\s]?midi|aprem)",
      part: 'afternoon',
    },
    {
      pattern: '(?:le\\s+|au\\s+|du\\s+|dans\\s+la\\s+|en\\s+(?:debut\\s+de\\s+)?)?soir(?:ee)?',
      part: 'evening',
    },
  ],
  vagueDays:
    '(?:semaine|mois)\\s+(?:prochaine?|suivante?)|prochaine\\s+semaine|cette\\s+semaine|ce\\s+mois|week-?end',
  weekdays: WEEKDAY_NUMBERS,
  months:
    'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|sept|oct|nov|dec',
  daysOfMonth: [
    `le\\s+(?:(?<weekday>${WEEKDAYS})\\s+)?(?<day>\\d{1,2})(?:er|eme|e)?\\b`,
    `(?<weekday>${WEEKDAYS})\\s+(?<day>\\d{1,2})(?:er|eme|e)?\\b`,
  ],
  clock: {
    lead: 'a|vers|vers\\s+les|pour|des|sur\\s+les|aux\\s+alentours\\s+de|a\\s+partir\\s+de',
    notAfter: "dans|d'ici",
    hourWords: 'heures|heure|h',
    hSeparator: true,
    before: {},
    after: {
      'et\\s+demie?': 30,
      'et\\s+quart': 15,
      'moins\\s+le\\s+quart': -15,
      'moins\\s+quart': -15,
    },
    named: { midi: 720, minuit: 0 },
  },
  range: {
    lead: 'de|entre|des',
    separators: "-|–|a|jusqu'a|et",
    withoutLead: "-|–|jusqu'a",
  },
  duration: {
    lead: "pendant|pour|durant|environ|d'environ",
    leadless: true,
    hours: 'heures|heure',
    shortHours: 'h',
    minutes: 'minutes|minute|min|mn',
    half: 'et\\s+demie?',
    halfHour: 'une\\s+demi[-\\s]?heure|demi[-\\s]?heure|30\\s+min(?:utes)?',
    articles: { une: 1, un: 1 },
    // "mardi 9 heures", "demain 10 heures", "demain matin 10 heures" (\u0000: words already read) are times.
    notAfter: `a|dans|vers|des|jusqu'a|d'ici|partir\\s+de|demain|prochaine?|midi|${WEEKDAYS}|\\u0000`,
  },
  notTimeUnits: 'jours?|semaines?|mois|personnes?|fois|minutes?|min',
  place: {
    home: '\\b(?:a|chez)\\s+(?:la\\s+)?maison\\b(?!\\s+de\\b)|\\bchez\\s+(?:moi|nous)\\b|\\ba\\s+(?:mon\\s+)?domicile\\b|\\bmaison\\b(?!\\s+de\\b)',
    prepositions: 'a',
    contracted: "au|aux|a\\s+l'|chez(?!\\s+(?:moi|nous)\\b)",
    articles: 'la|le|les|un|une',
    notPlaces: 'fois|heure|heures|demain|plus|peu|moins|partir|cause',
    stops:
      "et|pour|avec|merci|car|si|svp|s'il|ou|mais|le|la|les|a|au|de\\s+la|demain|j'ai|je|on|qui",
  },
  visitWords: ['visite', 'rendez-vous', 'rdv', 'séance', 'passage'],
  ordinals: {
    premier: 1,
    premiere: 1,
    '1er': 1,
    '1ere': 1,
    deuxieme: 2,
    second: 2,
    seconde: 2,
    '2e': 2,
    '2eme': 2,
    troisieme: 3,
    '3e': 3,
    '3eme': 3,
    quatrieme: 4,
    '4e': 4,
    cinquieme: 5,
    '5e': 5,
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
  },
  choiceFillers:
    "le|la|l'|numero|n°|no\\.?|option|choix|#|s'il\\s+vous\\s+plait|s'il\\s+te\\s+plait|svp|merci|je\\s+prends|je\\s+veux|celui-?la|celle-?la",
};
