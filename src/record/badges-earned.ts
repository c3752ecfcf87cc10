/** When each badge a person holds was earned, from its grants and withdrawals: pure, no I/O. */

export interface BadgeChange {
  organisation: string;
  badge: string;
  change: 'granted' | 'withdrawn';
  at: Date;
}

export interface BadgeEarned {
  badge: string;
  earnedAt: Date;
}

/**
 * A held badge's earned date: the grant still in force (its organisation's newest change of it is
 * a grant), the earliest when several organisations gave it. A badge withdrawn everywhere, or held
 * with no grant on record (given before grants were kept), has none.
 */
export function badgesEarned(
  held: readonly string[],
  changes: readonly BadgeChange[],
): BadgeEarned[] {
  const newest = new Map<string, BadgeChange>();
  for (const change of changes) {
    const key = JSON.stringify([change.organisation, change.badge]);
    const known = newest.get(key);
    if (!known || change.at > known.at) newest.set(key, change);
  }
  const earned = new Map<string, Date>();
  for (const { badge, change, at } of newest.values()) {
    const since = earned.get(badge);
    if (change === 'granted' && (!since || at < since)) earned.set(badge, at);
  }
  return held.flatMap((badge) => {
    const earnedAt = earned.get(badge);
    return earnedAt ? [{ badge, earnedAt }] : [];
  });
}
