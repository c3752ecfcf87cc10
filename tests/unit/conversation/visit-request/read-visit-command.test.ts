import fc from 'fast-check';
import {
  readVisitCommand,
  type VisitCommand,
} from '../../../../src/conversation/visit-request/read-visit-command';
import type { Language } from '../../../../src/conversation/visit-request';

type Case = [Language, string, VisitCommand | undefined];

const CALL_OFF: readonly Case[] = [
  ['en', 'CALL OFF', 'call_off'],
  ['en', 'call off my visit', 'call_off'],
  ['en', 'Please call it off', 'call_off'],
  ['en', "I don't need the visit tomorrow", 'call_off'],
  ['en', 'I no longer need help', 'call_off'],
  ['en', 'cancel my visit', 'call_off'],
  ['en', 'Can you cancel tomorrow please?', 'call_off'],
  ['en', 'No, cancel it', 'call_off'],
  ['en', 'cancle my visit', 'call_off'],
  ['en', 'please cancel', 'call_off'],
  ['es', 'anular', 'call_off'],
  ['es', 'Anular la visita', 'call_off'],
  ['es', 'ya no necesito la visita', 'call_off'],
  ['es', 'Cancelar la visita de mañana', 'call_off'],
  ['es', 'cancelar', 'call_off'],
  ['es', 'sí, cancelar la visita', 'call_off'],
  ['fr', 'annuler', 'call_off'],
  ['fr', 'Annuler la visite', 'call_off'],
  ['fr', "je n'ai plus besoin de la visite", 'call_off'],
  ['fr', 'plus besoin merci', 'call_off'],
  ['fr', 'Vous pouvez annuler demain ?', 'call_off'],
  ['fr', "s'il vous plaît annulez la visite", 'call_off'],
];

const MOVE: readonly Case[] = [
  ['en', 'can we do 3pm instead?', 'move'],
  ['en', 'move my visit to thursday', 'move'],
  ['en', 'change it to 11', 'move'],
  ['en', 'reschedule', 'move'],
  ['en', 'Can I reschedule for next week?', 'move'],
  ['en', "can't make it tuesday, can we do thursday instead", 'move'],
  ['en', 'cancel tuesday and do thursday instead', 'move'],
  ['en', 'could we make it later?', 'move'],
  ['en', 'another day would be better', 'move'],
  ['es', 'cambiar a las 3', 'move'],
  ['es', 'mejor el jueves', 'move'],
  ['es', 'el viernes en vez del jueves', 'move'],
  ['es', 'en lugar de las 10, a las 2', 'move'],
  ['es', 'podemos mover la visita al lunes?', 'move'],
  ['fr', 'déplacer', 'move'],
  ['fr', 'plutôt jeudi', 'move'],
  ['fr', 'vendredi à la place', 'move'],
  ['fr', 'on peut décaler à 15h ?', 'move'],
  ['fr', 'je voudrais changer de jour', 'move'],
];

const NEITHER: readonly Case[] = [
  ['en', 'CANCEL', undefined],
  ['en', 'cancel.', undefined],
  ['en', 'STOP', undefined],
  ['en', 'stopall', undefined],
  ['en', 'UNSUBSCRIBE', undefined],
  ['en', 'end', undefined],
  ['en', 'QUIT', undefined],
  ['en', 'YES', undefined],
  ['en', 'no', undefined],
  ['en', 'HELP', undefined],
  ['en', 'STATUS', undefined],
  ['en', "don't call off", undefined],
  ['en', "Don't cancel my visit!", undefined],
  ['en', 'please do not move it', undefined],
  ['en', 'what if I need to cancel?', undefined],
  ['en', 'groceries tuesday at 10', undefined],
  ['en', "I don't need help with cleaning, just groceries", undefined],
  ['en', 'thanks, see you tuesday', undefined],
  ['es', 'no cancele la visita', undefined],
  ['es', 'no quiero cancelar', undefined],
  ['es', 'si cancelo, ¿pago algo?', undefined],
  ['es', 'sí', undefined],
  ['es', 'AYUDA', undefined],
  ['es', 'mucho mejor, gracias', undefined],
  ['fr', "n'annulez pas", undefined],
  ['fr', 'ne pas annuler svp', undefined],
  ['fr', 'OUI', undefined],
  ['fr', 'non', undefined],
  ['fr', 'courses mardi à 10h', undefined],
];

describe('readVisitCommand', () => {
  it.each([...CALL_OFF, ...MOVE, ...NEITHER])('(%s) "%s" → %s', (language, text, expected) => {
    expect(readVisitCommand(text, language)).toBe(expected);
  });

  it('never throws and answers only call_off, move or nothing, whatever the text', () => {
    const words = fc.constantFrom(
      ..."cancel CANCEL call off it my visit instead move to reschedule anular cambiar a las mejor el jueves annuler plutôt déplacer plus besoin pas ne no not don't if si , . ? 3pm".split(
        ' ',
      ),
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
    );
    const language = fc.constantFrom('en', 'es', 'fr' as const);
    fc.assert(
      fc.property(text, language, (t, l) => {
        expect([undefined, 'call_off', 'move']).toContain(readVisitCommand(t, l));
      }),
      { numRuns: 1000 },
    );
  });

  it('covers at least 40 texts, a third of them neither command', () => {
    expect(CALL_OFF.length + MOVE.length + NEITHER.length).toBeGreaterThanOrEqual(40);
    expect(NEITHER.length * 3).toBeGreaterThanOrEqual(
      CALL_OFF.length + MOVE.length + NEITHER.length,
    );
  });
});
