/** Every message a flow may send or notify. The text for each lives in `locales/`. */
export const MESSAGE_KEYS = [
  'offer.new',
  'offer.urgent',
  'offer.accepted',
  'offer.filled',
  'offer.declined',
  'offer.expired',
  'offer.withdrawn',
  'reminder',
  'checkin.ok',
  'late.ack',
  'late.supervisor',
  'nudge',
  'noshow.worker',
  'noshow.supervisor',
  'noshow.coordinator',
  'drop.confirm',
  'drop.done',
  'done.ack',
  'done.supervisor',
  'done.confirmed.worker',
  'done.disputed.worker',
  'done.disputed.coordinator',
  'done.supervisor_reminder',
  'done.escalated.coordinator',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];
