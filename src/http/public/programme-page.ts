import { escapeHtml } from './escape-html';
import type { PublicProgramme } from './programme-weeks';

const money = (cents: number) => (cents / 100).toFixed(2);

/** The public page: a heading, the budget, and one table row per week. */
export function programmePage(programme: PublicProgramme): string {
  const name = escapeHtml(programme.name);
  const spent = programme.weeks.reduce((sum, w) => sum + w.budgetSpentCents, 0);
  const rows = programme.weeks
    .map(
      (w) =>
        `<tr><td>${w.weekStarting}</td><td>${w.hoursWorked}</td><td>${w.peopleWorked}</td>` +
        `<td>${w.slotsFilled}</td><td>${money(w.budgetSpentCents)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title></head>
<body>
<h1>${name}</h1>
<p>Budget: ${money(programme.budgetCents)}. Spent so far: ${money(spent)}.</p>
<table>
<thead><tr><th>Week starting</th><th>Hours worked</th><th>People who worked</th><th>Slots filled</th><th>Budget spent</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
