import type { MessageKey } from '../../../src/i18n';

// The assertions here are made by the compiler (`tsc --noEmit`); jest only runs the file.
const keys: MessageKey[] = [
  'offer.new',
  'which_one',
  'which_one_item',
  'reminder',
  'hours.summary',
];

// @ts-expect-error a typo in a key does not compile
const typo: MessageKey = 'offer.neww';

// @ts-expect-error a plural form is chosen by count, not named
const pluralForm: MessageKey = 'reminder_one';

describe('MessageKey', () => {
  it('is built from the English file, with plural forms folded into one key', () => {
    expect(keys).toHaveLength(5);
    expect([typo, pluralForm]).toHaveLength(2);
  });
});
