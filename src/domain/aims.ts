/** A worker's aims for progression: what they would like next, stated by them or a coordinator. */

export const AIM_KINDS = ['more_hours', 'work_type', 'steady_job', 'training', 'other'] as const;
export type AimKind = (typeof AIM_KINDS)[number];

export interface Aim {
  kind: AimKind;
  /** The kind of work, for `work_type` ("nutrition"). */
  words?: string;
  /** What was said or written, as written. */
  text: string;
  statedAt: Date;
  /** 'self' (by text), or the coordinator who recorded it: 'person:<id>' or 'api-key:<id>'. */
  by: string;
}

/** Aims of one kind answer the same question: a work type is the same aim only for the same words. */
function sameAim(a: Pick<Aim, 'kind' | 'words'>, b: Pick<Aim, 'kind' | 'words'>): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'work_type' || (a.words ?? '').toLowerCase() === (b.words ?? '').toLowerCase();
}

/** The person's aims with `aim` added: the newest replaces an earlier one of the same kind. */
export function withAim(aims: readonly Aim[], aim: Aim): Aim[] {
  return [...aims.filter((held) => !sameAim(held, aim)), aim];
}
