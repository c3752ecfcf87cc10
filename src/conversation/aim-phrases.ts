import type { AimKind } from '../domain/aims';
import { POLITE_ENDING } from './keywords';
import type { Language } from './types';

/**
 * What a worker says they would like next, read as a class of phrasing rather than examples:
 * an opener (want, would like, hope to, looking for, need — quiero, me gustaría, busco…, je veux,
 * j'aimerais, je cherche…) and an aim (more hours, to try a kind of work or become one — "become
 * a cook", "trabajar de cocinero", "devenir cuisinier" —, a steady job, training). Accents, case and apostrophes aside. Without the opener ("more hours", "formación")
 * only as the answer to AIMS. Pure.
 */
export interface ReadAim {
  kind: Exclude<AimKind, 'other'>;
  /** The kind of work, for `work_type`, as written ("nutrition", "l'aide à domicile"). */
  words?: string;
  language: Language;
}

interface Phrasing {
  language: Language;
  openers: RegExp;
  /** Verbs that may stand between the opener and the aim: "to get", "conseguir", "trouver". */
  verbs: RegExp;
  more: RegExp;
  /** The trial of a kind of work; the group `words` names it. */
  tryWork: RegExp;
  steady: RegExp;
  training: RegExp;
}

const WORDS = "(?<words>[a-z' -]+?)";

const PHRASINGS: readonly Phrasing[] = [
  {
    language: 'en',
    openers:
      /^(?:i(?: really)? (?:want|wanna|need|hope|would (?:like|love))|i(?:'d|d)(?: really)? (?:like|love)|i(?:'m|m| am) (?:hoping|looking|searching)|hoping|looking|want|wanna)(?: to| for)?(?: |$)/,
    verbs: /^(?:(?:to )?(?:get|have|find|do|land|work|start)(?: |$)|to )/,
    more: /^(?:(?:some |a few )?(?:more|extra) (?:hours|shifts|work)|(?:to )?work more(?: hours)?)$/,
    tryWork: new RegExp(
      `^(?:(?:to )?try(?: out)? (?:some |a |an |doing )?|(?:to )?(?:become|work as) (?:a |an ))${WORDS}(?: work| jobs?| shifts?)?$`,
    ),
    steady:
      /^(?:an? )?(?:steady|permanent|stable|regular|full ?-?time|long ?-?term|proper) (?:job|work|position|employment|contract)$/,
    training:
      /^(?:some |more |a )?(?:training|course|courses|qualification|(?:to )?train|(?:to )?learn)(?: .*)?$/,
  },
  {
    language: 'es',
    openers:
      /^(?:(?:yo )?(?:quiero|quisiera|me gustaria|me encantaria|espero|busco|estoy buscando|ando buscando|necesito|deseo))(?: |$)/,
    verbs: /^(?:conseguir|tener|encontrar|hacer|trabajar en) /,
    more: /^(?:(?:tener |trabajar )?mas (?:horas|turnos|trabajo)|trabajar mas(?: horas)?)$/,
    tryWork: new RegExp(
      `^(?:(?:probar|intentar|hacer) (?:(?:un |el )?trabajos? (?:de|en) |con )?|trabajar (?:de|como) (?:un |una )?)${WORDS}$`,
    ),
    steady:
      /^(?:un )?(?:trabajo|empleo|puesto|contrato) (?:fijo|estable|permanente|(?:a|de) tiempo completo|indefinido)$/,
    training:
      /^(?:una |mas )?(?:formacion|capacitacion|entrenamiento|un curso|cursos|aprender|formarme|capacitarme)(?: .*)?$/,
  },
  {
    language: 'fr',
    openers:
      /^(?:je (?:veux|voudrais|souhaite|souhaiterais|cherche|recherche|suis a la recherche d'?(?:un|une)?|espere|desire|aimerais bien)|j'?(?:aimerais|aimerai|espere|ai besoin d'?)|il me faut)(?: |$)/,
    verbs: /^(?:avoir|obtenir|trouver|faire|travailler dans) /,
    more: /^(?:(?:avoir |faire )?(?:plus|davantage) (?:d'?|de )(?:heures|missions|travail|boulot)|travailler plus)$/,
    tryWork: new RegExp(
      `^(?:essayer (?:(?:le |un )?(?:travail|emploi|metier) (?:de |d'|en |dans )?)?|devenir (?:un |une )?|travailler comme (?:un |une )?)${WORDS}$`,
    ),
    steady:
      /^(?:un |une )?(?:emploi|travail|poste|job|boulot|contrat) (?:stable|fixe|permanent|en cdi|a temps plein|a plein temps|durable)$|^(?:un )?cdi$/,
    training:
      /^(?:une |de la |des |plus de )?(?:formation|formations|cours|apprendre|me former)(?: .*)?$/,
  },
];

/** Lower case, accents and typographic apostrophes folded, character for character. */
function folded(text: string): string {
  return [...text.normalize('NFC').toLowerCase()]
    .map((c) => {
      const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
      if (/['’‘`´ʼ]/u.test(c)) return "'";
      return [...bare].length === 1 ? bare : c;
    })
    .join('');
}

/** "nutrition" from "nutrition", "l'aide à domicile" kept as written (accents back from the original). */
function asWritten(original: string, foldedText: string, words: string): string {
  const at = foldedText.indexOf(words);
  return at < 0 ? words : [...original].slice(at, at + [...words].length).join('');
}

const MAX_WORK_WORDS = 5;

function aimOf(phrasing: Phrasing, rest: string): Omit<ReadAim, 'language'> | undefined {
  const aim = rest.replace(phrasing.verbs, '');
  if (phrasing.more.test(aim) || phrasing.more.test(rest)) return { kind: 'more_hours' };
  if (phrasing.steady.test(aim)) return { kind: 'steady_job' };
  if (phrasing.training.test(aim) || phrasing.training.test(rest)) return { kind: 'training' };
  const tried = phrasing.tryWork.exec(rest) ?? phrasing.tryWork.exec(aim);
  const words = tried?.groups?.words?.trim();
  if (!words || words.split(' ').length > MAX_WORK_WORDS) return undefined;
  return { kind: 'work_type', words };
}

/**
 * More work asked for in so many words ("more hours please", "más turnos por favor", "plus
 * d'heures svp"): the aim of more hours. Asked as a question ("could I have more hours?"), it is
 * a question for a person, and nothing here.
 */
function moreRequested(plain: string): ReadAim | undefined {
  const phrasing = PHRASINGS.find((p) => p.more.test(plain));
  return phrasing && { kind: 'more_hours', language: phrasing.language };
}

/**
 * The aim a text states, or undefined. `bare`: the answer to AIMS, where "more hours" or "un
 * trabajo fijo" is enough; otherwise the opener must begin the text ("I want more hours"), or
 * the text be more work asked for in so many words.
 */
export function readAim(text: string, { bare }: { bare: boolean }): ReadAim | undefined {
  const original = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const plain = folded(original)
    .replace(/[.!¡¿,;:]+$|^[¡¿]+/gu, '')
    .replace(POLITE_ENDING, '')
    .replace(/[.!,;:]+$/u, '')
    .trim();
  if (plain === '' || plain.includes('?') || /\d/.test(plain)) return undefined;
  for (const phrasing of PHRASINGS) {
    const opener = phrasing.openers.exec(plain);
    if (!opener && !bare) continue;
    const rest = opener ? plain.slice(opener[0].length).trim() : plain;
    const aim = rest === '' ? undefined : aimOf(phrasing, rest);
    if (!aim) continue;
    const words = aim.words && asWritten(original, folded(original), aim.words);
    return { ...aim, ...(words && { words }), language: phrasing.language };
  }
  return moreRequested(plain);
}
