import type { Shown } from '../../../src/domain/small-numbers';
import { programmePage } from '../../../src/http/public/programme-page';
import { localDate } from '../../../src/programme/activity';

const shown = (value: number): Shown => ({ value, suppressed: false });

describe('the public programme page', () => {
  it('escapes the programme name and writes money in units with two decimals', () => {
    const html = programmePage({
      name: `<script>alert("x")</script> & O'Neill`,
      budgetCents: 123_456,
      spentCents: shown(9_005),
      weeks: [
        {
          weekStarting: '2026-11-23',
          hoursWorked: shown(4.5),
          peopleWorked: shown(5),
          slotsFilled: shown(3),
          budgetSpentCents: shown(9_005),
        },
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Neill</h1>',
    );
    expect(html).toContain('<p>Budget: 1234.56. Spent to the end of last week: 90.05.</p>');
    expect(html).toContain(
      '<tr><td>2026-11-23</td><td>4.5</td><td>5</td><td>3</td><td>90.05</td></tr>',
    );
  });

  it('writes a withheld figure as "fewer than 5" or "withheld", and says why', () => {
    const html = programmePage({
      name: 'Winter work',
      budgetCents: 100_000,
      spentCents: { value: null, suppressed: 'withheld' },
      weeks: [
        {
          weekStarting: '2026-11-23',
          hoursWorked: { value: null, suppressed: 'fewer_than_5' },
          peopleWorked: { value: null, suppressed: 'fewer_than_5' },
          slotsFilled: shown(0),
          budgetSpentCents: { value: null, suppressed: 'fewer_than_5' },
        },
      ],
    });
    expect(html).toContain('<p>Budget: 1000.00. Spent to the end of last week: withheld.</p>');
    expect(html).toContain(
      '<tr><td>2026-11-23</td><td>fewer than 5</td><td>fewer than 5</td><td>0</td><td>fewer than 5</td></tr>',
    );
    expect(html).toContain('a figure from fewer than 5 people is shown as "fewer than 5"');
  });
});

describe('localDate', () => {
  it("is the date in the organisation's zone, not in UTC", () => {
    // 02:30 UTC on the 28th is still the evening of the 27th in New York.
    expect(localDate(new Date('2026-11-28T02:30:00Z'), 'America/New_York')).toBe('2026-11-27');
    expect(localDate(new Date('2026-11-28T02:30:00Z'), 'Europe/Paris')).toBe('2026-11-28');
  });
});
