/** The visit-request parser: a client's texts about a visit → a draft of it. Pure. */
export { parseVisitAnswer } from './parse-visit-answer';
export { parseVisitChange } from './parse-visit-change';
export { EMPTY_DRAFT, parseVisitRequest } from './parse-visit-request';
export { readSameAgain } from './read-same-again';
export { readVisitCommand, type VisitCommand } from './read-visit-command';
export type * from './types';
