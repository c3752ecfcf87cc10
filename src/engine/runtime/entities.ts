/**
 * Entity keys of the engine's flows, for callers that hold an id but no context. Each matches
 * its flow's `key` (flows/offer.ts, flows/attendance.ts, flows/completion.ts).
 */
export const offerEntity = (offerId: string): string => `offer:${offerId}`;
export const attendanceEntity = (assignmentId: string): string =>
  `assignment:${assignmentId}:attendance`;
export const completionEntity = (assignmentId: string): string =>
  `assignment:${assignmentId}:completion`;
