/** A grant or withdrawal of one badge, as BadgeGrant records it. */
export interface BadgeChange {
  person: { toString(): string };
  change: 'granted' | 'withdrawn';
  at: Date;
}

/**
 * Who holds the badge after these changes: each person's latest change is a grant. The
 * changes may come in any order; of two at the same instant, the later in the list wins.
 */
export function badgeHolders(changes: readonly BadgeChange[]): string[] {
  const latest = new Map<string, BadgeChange>();
  for (const change of changes) {
    const person = change.person.toString();
    const before = latest.get(person);
    if (!before || change.at >= before.at) latest.set(person, change);
  }
  return [...latest].filter(([, c]) => c.change === 'granted').map(([person]) => person);
}
