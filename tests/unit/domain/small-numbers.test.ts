import { showCell, showSum, type Counted, type Shown } from '../../../src/domain/small-numbers';

const cell = (value: number, people: number): Counted => ({ value, people });
const values = (shown: Shown[]) => shown.map((s) => s.value);

/** Every part a reader could work out from what is shown: the total less the other parts. */
function recoverable(parts: Shown[], total: Shown): number[] {
  if (total.value === null) return [];
  const hidden = parts.flatMap((p, i) => (p.value === null ? [i] : []));
  return hidden.length === 1 ? hidden : [];
}

describe('small-number suppression', () => {
  it('shows a cell from 5 people or more, and withholds one from 1 to 4 as "fewer than 5"', () => {
    expect(showCell(cell(12, 5))).toEqual({ value: 12, suppressed: false });
    expect(showCell(cell(12, 4))).toEqual({ value: null, suppressed: 'fewer_than_5' });
    expect(showCell(cell(3, 1))).toEqual({ value: null, suppressed: 'fewer_than_5' });
  });

  it('shows a zero nobody contributed to: it tells nothing of anyone', () => {
    expect(showCell(cell(0, 0))).toEqual({ value: 0, suppressed: false });
    const shown = showSum([cell(900, 20), cell(0, 0)], cell(900, 20));
    expect(values(shown.parts)).toEqual([900, 0]);
    expect(shown.total.value).toBe(900);
  });

  it('shows every part and the total when each part is from 5 people or more', () => {
    const shown = showSum([cell(100, 7), cell(50, 5)], cell(150, 12));
    expect(values(shown.parts)).toEqual([100, 50]);
    expect(shown.total).toEqual({ value: 150, suppressed: false });
  });

  it('withholds the total and the next smallest part when exactly one part is from fewer than 5', () => {
    const shown = showSum([cell(900, 20), cell(40, 3), cell(300, 6)], cell(1240, 29));
    expect(shown.parts.map((p) => p.suppressed)).toEqual([false, 'fewer_than_5', 'withheld']);
    expect(shown.total).toEqual({ value: null, suppressed: 'withheld' });
  });

  it('withholds the total but no other part when two parts are from fewer than 5', () => {
    const shown = showSum([cell(900, 20), cell(40, 3), cell(30, 2)], cell(970, 25));
    expect(shown.parts.map((p) => p.suppressed)).toEqual([false, 'fewer_than_5', 'fewer_than_5']);
    expect(shown.total.suppressed).toBe('withheld');
  });

  it('says "fewer than 5" of a total from fewer than 5 people', () => {
    expect(showSum([cell(40, 3)], cell(40, 3)).total.suppressed).toBe('fewer_than_5');
  });

  it('never leaves a withheld part equal to a shown total less the shown parts', () => {
    for (let a = 0; a < 8; a++)
      for (let b = 0; b < 8; b++)
        for (let c = 0; c < 8; c++) {
          const parts = [cell(a * 10, a), cell(b * 7, b), cell(c * 3, c)];
          const shown = showSum(parts, cell(a * 10 + b * 7 + c * 3, a + b + c));
          expect({ a, b, c, recoverable: recoverable(shown.parts, shown.total) }).toEqual({
            a,
            b,
            c,
            recoverable: [],
          });
          // And with the total known from elsewhere, never a part withheld alone beside
          // anyone's work (beside zeros the total itself is from fewer than 5).
          const hidden = shown.parts.filter((p) => p.value === null).length;
          const others = [a, b, c].filter((n) => n >= 5).length;
          expect({ a, b, c, alone: hidden === 1 && others > 0 }).toEqual({ a, b, c, alone: false });
        }
  });
});
