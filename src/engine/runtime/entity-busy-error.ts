/**
 * Too many concurrent transitions took the entity's next version before this one could. Nothing
 * was recorded for this event: a queued caller should retry it (BullMQ does, as for any error).
 */
export class EntityBusyError extends Error {
  constructor(
    readonly entity: string,
    readonly attempts: number,
  ) {
    super(`${entity}: gave up after ${attempts} concurrent transitions took the next version`);
    this.name = 'EntityBusyError';
  }
}
