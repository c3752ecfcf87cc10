import fc from 'fast-check';
import { flattenForTemplate, templateVariables } from '../../../src/messaging/template-variables';

describe('a text as a WhatsApp template variable', () => {
  it('joins a heading and its list on one line', () => {
    expect(flattenForTemplate('Your next 2 shifts:\nSat 30 Sep 9-1 Riverside\nSun 10-2 Park')).toBe(
      'Your next 2 shifts: Sat 30 Sep 9-1 Riverside | Sun 10-2 Park',
    );
  });

  it('keeps a sentence end, drops blank lines, CRLF and runs of spaces and tabs', () => {
    expect(
      flattenForTemplate('Reply with the code, like YES K7P.\r\n\r\nK7P Sat\t\t9-1     Park'),
    ).toBe('Reply with the code, like YES K7P. K7P Sat 9-1 Park');
  });

  it('leaves a one-line text as it is, and never gives an empty variable', () => {
    expect(flattenForTemplate('Thanks! See you Saturday.')).toBe('Thanks! See you Saturday.');
    expect(flattenForTemplate(' \n\t ')).toBe('-');
  });

  it('never yields what Twilio refuses (21656): new line, tab, 5 spaces in a row, empty', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', '\r', ':', 'é') }),
        (body) => {
          const value = flattenForTemplate(body);
          expect(value).not.toMatch(/[\n\r\t]| {5}/);
          expect(value).not.toBe('');
        },
      ),
    );
  });

  it('puts the whole text in variable 1', () => {
    expect(JSON.parse(templateVariables('a\nb'))).toEqual({ 1: 'a | b' });
  });
});
