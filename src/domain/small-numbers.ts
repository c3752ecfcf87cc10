/**
 * Small-number suppression for figures the public sees. A cell computed from fewer than
 * MIN_PEOPLE distinct people is withheld ("fewer than 5"). Where cells add up to a total (the
 * week's spending per funding source), a withheld cell could be recovered by subtraction, so:
 * when any part is withheld the total is withheld too, and when exactly one part is withheld so
 * is the other part from the fewest people (then the smallest; never a zero), so no part is the total less the others
 * even if the total were known from elsewhere. A cell nobody contributed to (no work that week)
 * is shown: a zero tells nothing of anyone.
 */
export const MIN_PEOPLE = 5;

/** A figure and how many distinct people it was computed from. */
export interface Counted {
  value: number;
  people: number;
}

export type Suppression = 'fewer_than_5' | 'withheld';

export type Shown = { value: number; suppressed: false } | { value: null; suppressed: Suppression };

const withhold = (reason: Suppression): Shown => ({ value: null, suppressed: reason });

/** A cell on its own: shown from MIN_PEOPLE people up, or when nobody is in it. */
export function showCell(cell: Counted): Shown {
  return cell.people > 0 && cell.people < MIN_PEOPLE
    ? withhold('fewer_than_5')
    : { value: cell.value, suppressed: false };
}

/** Parts that add up to `total`, and the total, each shown or withheld by the rule above. */
export function showSum(parts: Counted[], total: Counted): { parts: Shown[]; total: Shown } {
  const shown = parts.map(showCell);
  const withheld = shown.filter((s) => s.suppressed).length;
  if (withheld === 1) {
    // A zero is no cover: only a part someone is in.
    const partner = parts
      .map((part, i) => ({ ...part, i }))
      .filter(({ i, people }) => !shown[i]!.suppressed && people > 0)
      .sort((a, b) => a.people - b.people || a.value - b.value || a.i - b.i)[0];
    if (partner) shown[partner.i] = withhold('withheld');
  }
  const totalShown = showCell(total);
  return {
    parts: shown,
    total: withheld > 0 && !totalShown.suppressed ? withhold('withheld') : totalShown,
  };
}
