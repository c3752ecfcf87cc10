import { toCsv } from '../../../src/http/csv';

describe('CSV for exports', () => {
  it('writes a header and rows, each line ended by CRLF, empty cells for missing values', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, undefined],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,\r\n');
  });

  it('quotes text with commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv(['t'], [['Park, north'], ['say "hi"'], ['two\nlines']])).toBe(
      't\r\n"Park, north"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });

  it('keeps text a spreadsheet would run as a formula from running, but not negative numbers', () => {
    expect(toCsv(['t'], [['=SUM(A1)'], ['+1'], ['-2'], ['@x'], [-3]])).toBe(
      "t\r\n'=SUM(A1)\r\n'+1\r\n'-2\r\n'@x\r\n-3\r\n",
    );
  });
});
