/** The dedupe key of the n-th effect of the change that moved `entity` to `version`. */
export const effectKey = (entity: string, version: number, n: number): string =>
  `${entity}:${version}:${n}`;

/**
 * The change (entity and version) an effect's dedupe key names, or undefined for a key not made
 * by `effectKey` (records written by other paths).
 */
export function changeOfEffect(dedupeKey: string): { entity: string; version: number } | undefined {
  const match = /^(.+):(\d+):\d+$/.exec(dedupeKey);
  return match ? { entity: match[1]!, version: Number(match[2]) } : undefined;
}
