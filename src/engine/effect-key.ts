/**
 * The key of an effect a flow's change carries: the flow's entity, the version the change gave
 * it, and the effect's place among the change's effects. Running the change's effects again
 * repeats the key, so each effect runs once; and the key tells which change caused the effect
 * (the offer's decline, the no-show, the drop after which a shift was offered again).
 */
export const effectKey = (entity: string, version: number, index: number): string =>
  `${entity}:${version}:${index}`;

/** The change an effect's key names; null for a key made another way (a shift being posted). */
export function changeOfEffectKey(key: string): { entity: string; version: number } | null {
  const match = /^(.+):(\d+):\d+$/.exec(key);
  return match ? { entity: match[1]!, version: Number(match[2]) } : null;
}
