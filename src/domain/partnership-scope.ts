/**
 * What a partnership made under a provider's published terms lets its workers serve: the work
 * (skills or service) the provider named, in the areas it named, with the notice it asked for.
 * A partnership proposed one by one has no scope: it serves every shift of the client.
 */
export interface PartnershipScope {
  /** The work served; empty: any. Otherwise every skill and the service a shift needs is one. */
  skills: string[];
  /** Where; empty: anywhere. Otherwise the shift's area names one of them. */
  areas: string[];
  /** At least this many hours between an offer and the shift's start. */
  noticeHours: number;
}

export interface ShiftInScope {
  start: Date;
  /** The skills it needs and its service's key (a visit's), the work it is. */
  work: string[];
  /** Where it is, as offers show it (a visit's area, else its place). */
  area: string;
}

const HOUR_MS = 3_600_000;

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * True when `text` names `named` as whole words, case and accents aside ("Brooklyn" in
 * "Brooklyn, NY 11201").
 */
export function namesWords(text: string, named: string): boolean {
  const words = fold(named);
  if (words === '') return false;
  const at = fold(text);
  let from = at.indexOf(words);
  while (from >= 0) {
    const before = at[from - 1];
    const after = at[from + words.length];
    const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (edge(before) && edge(after)) return true;
    from = at.indexOf(words, from + 1);
  }
  return false;
}

/**
 * Why the shift, offered at `now`, falls outside the scope; empty when it fits. A shift that
 * names no work fits only a scope that names none: a provider that listed its work serves that.
 */
export function outsideScope(scope: PartnershipScope, shift: ShiftInScope, now: Date): string[] {
  const reasons: string[] = [];
  if (scope.skills.length > 0) {
    const offered = new Set(scope.skills.map(fold));
    const outside = shift.work.filter((w) => !offered.has(fold(w)));
    if (shift.work.length === 0)
      reasons.push('the terms name the work served; the shift names none');
    for (const work of outside) reasons.push(`${work} is not work the terms serve`);
  }
  if (scope.areas.length > 0 && !scope.areas.some((named) => namesWords(shift.area, named))) {
    reasons.push(`${shift.area} is not in an area the terms serve`);
  }
  const noticeMs = shift.start.getTime() - now.getTime();
  if (noticeMs < scope.noticeHours * HOUR_MS) {
    reasons.push(`the terms ask for ${scope.noticeHours} h notice`);
  }
  return reasons;
}
