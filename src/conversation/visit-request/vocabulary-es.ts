import { alternation } from './alternation';
import type { VisitVocabulary } from './vocabulary';

const WEEKDAY_NUMBERS = {
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
};
const WEEKDAYS = alternation(WEEKDAY_NUMBERS);

export const SPANISH: VisitVocabulary = {
  dateSpellings: ['martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mañana'],
  numbers: {
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
  },
  relativeDays: [['(?:pasado|despues\\s+de)\\s+manana', 2]],
  // "mañana" alone is tomorrow (chrono's); only "por/en/de/a la mañana" is the morning.
  partsOfDay: [
    { pattern: 'esta\\s+manana', part: 'morning', today: true },
    { pattern: 'esta\\s+tarde', part: 'afternoon', today: true },
    { pattern: 'esta\\s+noche', part: 'evening', today: true },
    { pattern: '(?:por|en|de|a)\\s+la\\s+manana|temprano', part: 'morning' },
    { pattern: '(?:(?:por|en|de|a)\\s+la\\s+)?tarde', part: 'afternoon' },
    { pattern: '(?:(?:por|en|de|a)\\s+la\\s+)?noche', part: 'evening' },
  ],
  vagueDays:
    '(?:proxima|esta|otra)\\s+semana|semana\\s+(?:que\\s+viene|proxima|entrante)|(?:proximo|este)\\s+mes|mes\\s+que\\s+viene|fin\\s+de\\s+semana',
  weekdays: WEEKDAY_NUMBERS,
  months:
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|abr|ago|sept|sep|oct|nov|dic',
  daysOfMonth: [
    `(?:el\\s+)?dia\\s+(?<day>\\d{1,2})\\b`,
    `el\\s+(?:(?<weekday>${WEEKDAYS})\\s+)?(?<day>\\d{1,2})\\b`,
    `(?<weekday>${WEEKDAYS})\\s+(?<day>\\d{1,2})\\b`,
  ],
  clock: {
    lead: 'a\\s+las|a\\s+la|sobre\\s+las|sobre\\s+la|hacia\\s+las|como\\s+a\\s+las|a\\s+eso\\s+de\\s+las|para\\s+las|desde\\s+las|tipo|las',
    notAfter: 'en|dentro\\s+de',
    hourWords: 'horas|hora|hrs|hs|h',
    hSeparator: true,
    before: {},
    after: { 'y\\s+media': 30, 'y\\s+cuarto': 15, 'menos\\s+cuarto': -15 },
    named: { mediodia: 720, 'medio\\s+dia': 720, medianoche: 0 },
  },
  range: {
    lead: 'de\\s+las|desde\\s+las|entre\\s+las|de|desde|entre',
    separators: '-|–|a\\s+las|a|hasta\\s+las|hasta|y\\s+las|y',
    withoutLead: '-|–|hasta\\s+las|hasta',
  },
  duration: {
    lead: 'durante|por|unas|como|aproximadamente|mas\\s+o\\s+menos',
    leadless: true,
    hours: 'horas|hora|hrs|hr',
    shortHours: 'h|hs',
    minutes: 'minutos|minuto|mins|min',
    half: 'y\\s+media',
    halfHour: 'media\\s+hora|30\\s+min(?:utos)?',
    articles: { una: 1, un: 1, 'un\\s+par\\s+de': 2, 'par\\s+de': 2 },
    notAfter:
      'en|dentro\\s+de|a\\s+las|a\\s+la|las|hace|sobre\\s+las|hasta\\s+las|desde\\s+las|para\\s+las',
  },
  notTimeUnits: 'dias?|semanas?|meses|mes|personas?|veces|horas?|minutos?|mins?',
  place: {
    home: '\\b(?:en|a)\\s+(?:mi\\s+)?casa\\b(?!\\s+de\\b)|\\bmi\\s+(?:casa|departamento|apartamento|piso|domicilio)\\b|\\ba\\s+domicilio\\b|\\bcasa\\b(?!\\s+de\\b)',
    prepositions: 'en',
    contracted: 'al|en(?=\\s+casa\\s+de\\b)',
    articles: 'el|la|los|las|mi|mis|su|sus|un|una|nuestra|nuestro',
    notPlaces: 'vez|veces|semana|hora|horas|punto|mismo|misma|ayuda|que|lo',
    stops:
      'y|para|por|con|gracias|porque|si|o|que|pero|favor|porfa|el|la|los|las|a|en|me|necesito|puede|pueden',
  },
  visitWords: ['visita', 'cita', 'sesión', 'servicio', 'turno'],
  ordinals: {
    primero: 1,
    primera: 1,
    primer: 1,
    '1o': 1,
    '1a': 1,
    segundo: 2,
    segunda: 2,
    '2o': 2,
    '2a': 2,
    tercero: 3,
    tercera: 3,
    tercer: 3,
    '3o': 3,
    '3a': 3,
    cuarto: 4,
    cuarta: 4,
    quinto: 5,
    quinta: 5,
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
  },
  choiceFillers:
    'el|la|lo|numero|opcion|#|no\\.?|n[º°]|por\\s+favor|porfa|quiero|prefiero|gracias|me\\s+quedo\\s+con',
};
