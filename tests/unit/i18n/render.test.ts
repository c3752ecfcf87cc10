import { MissingMessageVariableError, renderMessage, type Language } from '../../../src/i18n';

describe('renderMessage', () => {
  it('prints values as given: SMS is not HTML', () => {
    const text = renderMessage('status.item', 'en', {
      when: 'Sat 28 Nov, 9am-1pm',
      place: 'Smith & Sons <yard> / "back" gate',
    });
    expect(text).toBe('Sat 28 Nov, 9am-1pm, Smith & Sons <yard> / "back" gate');
  });

  it('never reads a value as a template or a key', () => {
    const text = renderMessage('checkin.ok', 'en', { name: '$t(help) {{org}}' });
    expect(text).toBe("Thanks $t(help) {{org}}, you're checked in. Text DONE when you finish.");
  });

  it('writes numbers the way the language does', () => {
    expect(renderMessage('done.ack', 'fr', { hours: 3.5 })).toContain('Vos 3,5 h');
    expect(renderMessage('hours.summary', 'es', { count: 2.5, total: 10 })).toBe(
      'Esta semana: 2,5 horas confirmadas. En total: 10 h.',
    );
  });

  it('throws when a variable is missing, naming it', () => {
    expect(() => renderMessage('checkin.ok', 'en', {})).toThrow(MissingMessageVariableError);
    expect(() => renderMessage('checkin.ok', 'en', {})).toThrow(/"name"/);
  });

  it('answers in English when the stored language is not one we write', () => {
    const text = renderMessage('language_switched', 'pt' as Language, {});
    expect(text).toBe("OK, we'll text you in English from now on.");
  });

  it('writes each language in its own words', () => {
    expect(renderMessage('language_switched', 'es', {})).toContain('español');
    expect(renderMessage('language_switched', 'fr', {})).toContain('français');
  });
});
