import { twilioOptOutEffect } from '../../../src/conversation/twilio-opt-out';

describe('what Twilio did to a person’s opt-out with a text', () => {
  it.each([
    ['STOP', 'opt_out'],
    [' quit ', 'opt_out'],
    ['Revoke', 'opt_out'],
    ['START', 'opt_in'],
    ['yes', 'opt_in'],
    ['UNSTOP', 'opt_in'],
    ['yes please', undefined],
    ['stop!', undefined],
    ['HELP', undefined],
  ])('by default reads the whole message %j as %s', (body, effect) => {
    expect(twilioOptOutEffect(false, { body })).toBe(effect);
  });

  it('with Advanced Opt-Out follows OptOutType only, whatever the words', () => {
    expect(twilioOptOutEffect(true, { body: 'ALTO', optOutType: 'STOP' })).toBe('opt_out');
    expect(twilioOptOutEffect(true, { body: 'SI', optOutType: 'START' })).toBe('opt_in');
    expect(twilioOptOutEffect(true, { body: 'YES' })).toBeUndefined();
    expect(twilioOptOutEffect(true, { body: 'STOP', optOutType: null })).toBeUndefined();
    expect(twilioOptOutEffect(true, { body: 'HELP', optOutType: 'HELP' })).toBeUndefined();
  });
});
