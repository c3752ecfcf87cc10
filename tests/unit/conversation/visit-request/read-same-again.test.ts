import { readSameAgain } from '../../../../src/conversation/visit-request/read-same-again';
import type { Language } from '../../../../src/conversation/visit-request';

const CASES: ReadonlyArray<[Language, string, number | undefined]> = [
  ['en', 'same time next week', 1],
  ['en', 'Same time next week please!', 1],
  ['en', 'same again', 1],
  ['en', 'Same again please', 1],
  ['en', 'same as last week', 1],
  ['en', 'same time in 2 weeks', 2],
  ['en', 'same time in two weeks', 2],
  ['en', 'same thing the week after next', 2],
  ['en', 'same again in 3 weeks', 3],
  ['en', 'same visit 2 weeks from now', 2],
  ['en', 'same time tomorrow', undefined],
  ['en', 'same time on friday', undefined],
  ['en', 'not the same time next week', undefined],
  ['en', "don't book the same again", undefined],
  ['en', 'same time', undefined],
  ['en', 'groceries next week', undefined],
  ['en', 'same time in 20 weeks', undefined],
  ['es', 'la misma hora la semana que viene', 1],
  ['es', 'A la misma hora la próxima semana', 1],
  ['es', 'lo mismo otra vez', 1],
  ['es', 'igual que la semana pasada', 1],
  ['es', 'lo mismo dentro de 2 semanas', 2],
  ['es', 'a la misma hora dentro de quince días', 2],
  ['es', 'la misma hora mañana', undefined],
  ['es', 'no a la misma hora la semana que viene', undefined],
  ['es', 'me da lo mismo', undefined],
  ['fr', 'même heure la semaine prochaine', 1],
  ['fr', 'Même heure la semaine prochaine svp', 1],
  ['fr', 'comme la semaine dernière', 1],
  ['fr', 'pareil que la semaine dernière', 1],
  ['fr', 'même chose dans 3 semaines', 3],
  ['fr', 'à la même heure dans quinze jours', 2],
  ['fr', 'même heure demain', undefined],
  ['fr', 'pas à la même heure la semaine prochaine', undefined],
  ['fr', 'même heure', undefined],
  ['fr', 'même heure mardi prochain', undefined],
];

describe('readSameAgain', () => {
  it.each(CASES)('(%s) "%s" → %s weeks later', (language, text, weeks) => {
    expect(readSameAgain(text, language)).toStrictEqual(
      weeks === undefined ? undefined : { weeksLater: weeks },
    );
  });
});
