import type { Shown } from '../../domain/small-numbers';
import type { DashboardFigure } from '../../models/region-dashboard';
import { toCsv, type CsvCell } from '../csv';
import { escapeHtml, money, shownText, SUPPRESSION_NOTE } from './html';
import type { PublicRegion, RegionWeek } from './region-figures';

interface Column {
  heading: string;
  csv: string;
  cell: (week: RegionWeek) => Shown;
  format: (value: number) => string;
}

const plain = (value: number) => String(value);

/** The page's and the CSV's columns, figure by figure as the operator ordered them. */
function columns(region: PublicRegion): Column[] {
  const of: Record<DashboardFigure, Column[]> = {
    hoursWorked: [
      { heading: 'Hours worked', csv: 'hours_worked', cell: (w) => w.hoursWorked!, format: plain },
    ],
    peopleWorked: [
      {
        heading: 'People who worked',
        csv: 'people_worked',
        cell: (w) => w.peopleWorked!,
        format: plain,
      },
    ],
    programmes: [
      {
        heading: 'Programmes with work',
        csv: 'programmes',
        cell: (w) => w.programmes!,
        format: plain,
      },
    ],
    placesFilled: [
      {
        heading: 'Places filled',
        csv: 'places_filled',
        cell: (w) => w.placesFilled!,
        format: plain,
      },
    ],
    moneySpent: [
      ...region.fundingSources.map((source, i): Column => ({
        heading: `Spent: ${source.name}`,
        csv: `spent_cents_${source.slug}`,
        cell: (w) => w.moneySpentCents!.bySource[i]!,
        format: money,
      })),
      {
        heading: 'Spent: total',
        csv: 'spent_cents_total',
        cell: (w) => w.moneySpentCents!.total,
        format: money,
      },
    ],
  };
  return region.figures.flatMap((figure) => of[figure]);
}

/** The public page: what is counted, then one row per week. */
export function regionPage(region: PublicRegion): string {
  const cols = columns(region);
  const head = ['Week (Monday to Sunday)', ...cols.map((c) => c.heading)]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const rows = region.weeks
    .map((week) => {
      const cells = cols.map((c) => `<td>${escapeHtml(shownText(c.cell(week), c.format))}</td>`);
      return `<tr><td>${week.weekStarting} to ${week.weekEnding}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const from = region.organisations.length
    ? escapeHtml(region.organisations.join(', '))
    : 'no organisation yet';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Work in the region</title></head>
<body>
<h1>Work in the region</h1>
<p>Figures from: ${from}. Weeks in ${escapeHtml(region.timeZone)}; money in dollars as confirmed on each programme's budget.</p>
${SUPPRESSION_NOTE}
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="/public/region.csv">CSV</a> · <a href="/public/region.json">JSON</a></p>
</body>
</html>
`;
}

/** The same table as CSV: money in cents; a withheld cell says why, as on the page. */
export function regionCsv(region: PublicRegion): string {
  const cols = columns(region);
  const rows = region.weeks.map((week): CsvCell[] => [
    week.weekStarting,
    week.weekEnding,
    ...cols.map((c) => shownText(c.cell(week), plain)),
  ]);
  return toCsv(['week_starting', 'week_ending', ...cols.map((c) => c.csv)], rows);
}
