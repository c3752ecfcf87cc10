import { readAim } from '../../../src/conversation/aim-phrases';
import { parseReply } from '../../../src/conversation/parse-reply';

type Expected = [kind: string, words?: string];

/** The class of phrasing in each language: opener × aim, with and without accents. */
const STATED: [string, Expected][] = [
  ['I want to become a cook', ['work_type', 'cook']],
  ["I'd like to work as an electrician", ['work_type', 'electrician']],
  ['quiero trabajar de cocinero', ['work_type', 'cocinero']],
  ['me gustaría trabajar como jardinera', ['work_type', 'jardinera']],
  ['je veux devenir cuisinier', ['work_type', 'cuisinier']],
  ["j'aimerais travailler comme aide-soignante", ['work_type', 'aide-soignante']],
  ['I want more hours', ['more_hours']],
  ['i would like more shifts please', ['more_hours']],
  ["I'm hoping to get more hours", ['more_hours']],
  ['looking for more work', ['more_hours']],
  ['I need extra hours', ['more_hours']],
  ["I'd like to try nutrition work", ['work_type', 'nutrition']],
  ['i want to try cleaning', ['work_type', 'cleaning']],
  ['id like to try out home care', ['work_type', 'home care']],
  ['looking for a permanent job', ['steady_job']],
  ['I hope to find a steady job.', ['steady_job']],
  ['I want a full-time job', ['steady_job']],
  ["I'd like some training", ['training']],
  ['I want to learn first aid', ['training']],
  ['quiero más horas', ['more_hours']],
  ['quiero mas horas', ['more_hours']],
  ['Me gustaría trabajar más', ['more_hours']],
  ['me gustaría probar trabajo de nutrición', ['work_type', 'nutrición']],
  ['me gustaria probar trabajo de nutricion', ['work_type', 'nutricion']],
  ['busco un trabajo fijo', ['steady_job']],
  ['Estoy buscando un empleo estable', ['steady_job']],
  ['necesito formación', ['training']],
  ['quisiera un curso', ['training']],
  ["je voudrais plus d'heures", ['more_hours']],
  ['je voudrais plus dheures', ['more_hours']],
  ['Je veux travailler plus', ['more_hours']],
  ["j'aimerais essayer l'aide à domicile", ['work_type', "l'aide à domicile"]],
  ['jaimerais essayer laide a domicile', ['work_type', 'laide a domicile']],
  ['je cherche un emploi stable', ['steady_job']],
  ["Je suis à la recherche d'un CDI", ['steady_job']],
  ["j'aimerais une formation", ['training']],
];

/** Answers to AIMS: the aim alone is enough there. */
const BARE: [string, Expected][] = [
  ['a steady job', ['steady_job']],
  ['training', ['training']],
  ['try nutrition work', ['work_type', 'nutrition']],
  ['un trabajo fijo', ['steady_job']],
  ['probar trabajo de limpieza', ['work_type', 'limpieza']],
  ['une formation', ['training']],
  ['essayer le jardinage', ['work_type', 'le jardinage']],
];

/** More work asked for in so many words: the aim of more hours, with or without AIMS. */
const MORE_ASKED = [
  'more hours',
  'more hours please',
  'More shifts pls!',
  'extra hours please',
  'más horas',
  'más horas por favor',
  'mas turnos porfavor',
  "plus d'heures",
  "plus d'heures svp",
  'plus de missions, merci',
];

/** Not aims: a yes, a refusal, a question, someone else's, or no aim named. */
const NOT_AIMS = [
  'I want it',
  'i want the shift',
  'I want',
  "I don't want more hours",
  'more hours?',
  'do you have more hours',
  'could I have more hours?',
  'can I get more shifts',
  '¿puedo tener más horas?',
  "est-ce que je peux avoir plus d'heures ?",
  'no quiero más horas',
  'quiero',
  'lo quiero',
  'je ne veux pas plus d’heures',
  'je le veux',
  'yes',
  'I want more hours for my brother on the 12th',
];

function asExpected(aim: ReturnType<typeof readAim>): Expected | undefined {
  if (!aim) return undefined;
  return aim.words === undefined ? [aim.kind] : [aim.kind, aim.words];
}

describe('an aim stated in a sentence', () => {
  it.each(STATED)('"%s" is an aim', (text, expected) => {
    expect(asExpected(readAim(text, { bare: false }))).toEqual(expected);
    const parsed = parseReply(text);
    expect(parsed).toMatchObject({ kind: 'intent', intent: { type: 'aim', kind: expected[0] } });
  });

  it.each(BARE)('"%s" is an aim only as the answer to AIMS', (text, expected) => {
    expect(asExpected(readAim(text, { bare: true }))).toEqual(expected);
    expect(readAim(text, { bare: false })).toBeUndefined();
  });

  it.each(MORE_ASKED)('"%s" asks for more work: the aim of more hours, AIMS or not', (text) => {
    for (const bare of [true, false])
      expect(asExpected(readAim(text, { bare }))).toEqual(['more_hours']);
    expect(parseReply(text)).toMatchObject({ intent: { type: 'aim', kind: 'more_hours' } });
  });

  it.each(NOT_AIMS)('"%s" is no aim', (text) => {
    expect(readAim(text, { bare: false })).toBeUndefined();
    expect(parseReply(text)).not.toMatchObject({ kind: 'intent', intent: { type: 'aim' } });
  });
});

describe('aims beside an open offer', () => {
  it.each([
    ['I want it', 'yes'],
    ['yes', 'yes'],
    ['sí, lo quiero', 'yes'],
    ['I want more hours', 'aim'],
    ['quiero más horas', 'aim'],
    ["je voudrais plus d'heures", 'aim'],
  ])('"%s" is %s', (text, type) => {
    expect(parseReply(text)).toMatchObject({ kind: 'intent', intent: { type } });
  });
});

describe('the words that ask for aims', () => {
  it.each(['AIMS', 'goals', 'My goals', 'METAS', 'mis metas', 'objectifs', 'Mes objectifs'])(
    '"%s" asks what they would like next',
    (text) => {
      expect(parseReply(text)).toMatchObject({ kind: 'intent', intent: { type: 'aims' } });
    },
  );
  it.each(['aims for the team', 'stop', 'start', 'end'])('"%s" does not', (text) => {
    expect(parseReply(text)).not.toMatchObject({ kind: 'intent', intent: { type: 'aims' } });
  });
});
