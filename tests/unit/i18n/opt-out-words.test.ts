import { SUPPORTED_LANGUAGES } from '../../../src/i18n';
import { renderCatalogue } from './catalogue-fixture';

/** Twilio's opt-out words: a message that asks for one would opt the person out. */
const OPT_OUT_WORDS = ['CANCEL', 'END', 'QUIT', 'STOPALL', 'UNSUBSCRIBE', 'REVOKE', 'OPTOUT'];
/** Every word a message may write in capitals: our commands and the local yes/no words. */
const COMMANDS = [
  'YES',
  'NO',
  'SI',
  'OUI',
  'NON',
  'OK',
  'HERE',
  'DONE',
  'DROP',
  'STATUS',
  'HOURS',
  'HELP',
  'RECORD',
  'HISTORIAL',
  'DOSSIER',
  'SHARE',
  'UNSHARE',
  'COMPARTIR',
  'PARTAGER',
  'NE',
  'PLUS',
  'STOP',
  'BROADCAST',
  'INTRO',
];
const SAMPLE_CODES = ['K7P', 'Q4M'];

const rendered = renderCatalogue();

describe('words people are told to text', () => {
  it("never asks for one of Twilio's opt-out words", () => {
    const asking = rendered.filter(
      (m) =>
        OPT_OUT_WORDS.some((word) => new RegExp(`\\b${word}\\b`).test(m.text)) ||
        /\b(stopall|unsubscribe|optout)\b/i.test(m.text),
    );
    expect(asking.map((m) => `${m.language} ${m.key}: ${m.text}`)).toEqual([]);
  });

  it('mentions STOP only in help, and help mentions it in every language', () => {
    const withStop = rendered.filter((m) => /\bSTOP\b/.test(m.text));
    expect(new Set(withStop.map((m) => m.key))).toEqual(new Set(['help']));
    expect(withStop.map((m) => m.language).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('writes nothing else in capitals than the commands the parser knows', () => {
    const allowed = new Set([...COMMANDS, ...SAMPLE_CODES]);
    const unknown = rendered.flatMap((m) =>
      (m.text.match(/\b[A-Z][A-Z0-9]+\b/g) ?? [])
        .filter((word) => !allowed.has(word))
        .map((word) => `${m.language} ${m.key}: ${word}`),
    );
    expect(unknown).toEqual([]);
  });
});
