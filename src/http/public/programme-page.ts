import { escapeHtml, money, shownText, SUPPRESSION_NOTE } from './html';
import type { PublicProgramme } from './programme-weeks';

const plain = (value: number) => String(value);

/** The public page: a heading, the budget, and one table row per week. */
export function programmePage(programme: PublicProgramme): string {
  const name = escapeHtml(programme.name);
  const rows = programme.weeks
    .map((w) => {
      const cells = [
        shownText(w.hoursWorked, plain),
        shownText(w.peopleWorked, plain),
        shownText(w.slotsFilled, plain),
        shownText(w.budgetSpentCents, money),
      ].map((text) => `<td>${text}</td>`);
      return `<tr><td>${w.weekStarting}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title></head>
<body>
<h1>${name}</h1>
<p>Budget: ${money(programme.budgetCents)}. Spent to the end of last week: ${shownText(programme.spentCents, money)}.</p>
${SUPPRESSION_NOTE}
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
