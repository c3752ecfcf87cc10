import type { Connection } from 'mongoose';
import type { ConditionalIndex } from '../db/indexes';
import { conversationSchema } from './conversation';
import { inboundMessageSchema } from './inbound-message';
import { inboundReceiptSchema } from './inbound-receipt';
import { messageStatusEventSchema } from './message-status-event';
import { sendOutcomeSchema } from './send-outcome';
import { organisationSchema } from './organisation';
import { outboundMessageSchema } from './outbound-message';
import { personSchema } from './person';
import { partnershipSchema } from './partnership';
import { partnershipTermsSchema } from './partnership-terms';
import { shiftSchema } from './shift';
import { offerSchema } from './offer';
import { assignmentSchema } from './assignment';
import { assignmentHistorySchema } from './assignment-history';
import { changeRecordSchema, type ChangeRecord } from './change-record';
import { timerSchema, type Timer } from './timer';
import { timerEndSchema, type TimerEnd } from './timer-end';
import { workRecordSchema, type WorkRecord } from './work-record';
import { shortCodeSchema } from './short-code';
import { offerBatchSchema } from './offer-batch';
import { pendingDispatchSchema } from './pending-dispatch';
import { onceKeySchema } from './once-key';
import { apiKeySchema } from './api-key';
import { programmeSchema, type Programme } from './programme';
import { pendingBroadcastSchema } from './pending-broadcast';
import { waitListEntrySchema } from './wait-list-entry';
import { auditEventSchema } from './audit-event';
import { badgeGrantSchema } from './badge-grant';
import { pilotSchema } from './pilot';
import { visitRequestSchema, type VisitRequest } from './visit-request';
import { handOffSchema, type HandOff } from './hand-off';
import { serviceSchema, type Service } from './service';
import { numberAssignmentSchema } from './number-assignment';
import { devKeySchema } from './dev-key';
import { regionDashboardSchema, type RegionDashboard } from './region-dashboard';
import { idempotencyKeySchema, IDEMPOTENCY_WINDOW_MS } from './idempotency-key';
import { recordLinkSchema } from './record-link';
import { shareSchema } from './share';
import { candidateInvitationSchema } from './candidate-invitation';

/** Registers every model on the connection; ensureIndexes() then creates their indexes. */
export function registerModels(connection: Connection) {
  return {
    Organisation: connection.model('Organisation', organisationSchema),
    Person: connection.model('Person', personSchema),
    Conversation: connection.model('Conversation', conversationSchema),
    InboundReceipt: connection.model('InboundReceipt', inboundReceiptSchema),
    InboundMessage: connection.model('InboundMessage', inboundMessageSchema),
    OutboundMessage: connection.model('OutboundMessage', outboundMessageSchema),
    SendOutcome: connection.model('SendOutcome', sendOutcomeSchema),
    MessageStatusEvent: connection.model('MessageStatusEvent', messageStatusEventSchema),
    Partnership: connection.model('Partnership', partnershipSchema),
    PartnershipTerms: connection.model('PartnershipTerms', partnershipTermsSchema),
    Shift: connection.model('Shift', shiftSchema),
    Offer: connection.model('Offer', offerSchema),
    Assignment: connection.model('Assignment', assignmentSchema),
    AssignmentHistory: connection.model('AssignmentHistory', assignmentHistorySchema),
    ChangeRecord: connection.model<ChangeRecord>('ChangeRecord', changeRecordSchema),
    Timer: connection.model<Timer>('Timer', timerSchema),
    TimerEnd: connection.model<TimerEnd>('TimerEnd', timerEndSchema),
    WorkRecord: connection.model<WorkRecord>('WorkRecord', workRecordSchema),
    ShortCode: connection.model('ShortCode', shortCodeSchema),
    OfferBatch: connection.model('OfferBatch', offerBatchSchema),
    PendingDispatch: connection.model('PendingDispatch', pendingDispatchSchema),
    OnceKey: connection.model('OnceKey', onceKeySchema),
    ApiKey: connection.model('ApiKey', apiKeySchema),
    Programme: connection.model<Programme>('Programme', programmeSchema),
    PendingBroadcast: connection.model('PendingBroadcast', pendingBroadcastSchema),
    WaitListEntry: connection.model('WaitListEntry', waitListEntrySchema),
    AuditEvent: connection.model('AuditEvent', auditEventSchema),
    BadgeGrant: connection.model('BadgeGrant', badgeGrantSchema),
    Pilot: connection.model('Pilot', pilotSchema),
    VisitRequest: connection.model<VisitRequest>('VisitRequest', visitRequestSchema),
    HandOff: connection.model<HandOff>('HandOff', handOffSchema),
    Service: connection.model<Service>('Service', serviceSchema),
    NumberAssignment: connection.model('NumberAssignment', numberAssignmentSchema),
    DevKey: connection.model('DevKey', devKeySchema),
    RegionDashboard: connection.model<RegionDashboard>('RegionDashboard', regionDashboardSchema),
    IdempotencyKey: connection.model('IdempotencyKey', idempotencyKeySchema),
    RecordLink: connection.model('RecordLink', recordLinkSchema),
    Share: connection.model('Share', shareSchema),
    CandidateInvitation: connection.model('CandidateInvitation', candidateInvitationSchema),
  };
}

export type Models = ReturnType<typeof registerModels>;

/** Indexes only some servers support, each with the fallback used where they don't. */
export const CONDITIONAL_INDEXES: ConditionalIndex[] = [
  {
    collection: 'idempotency_keys',
    fields: { createdAt: 1 },
    options: { expireAfterSeconds: IDEMPOTENCY_WINDOW_MS / 1000 + 3600 },
    needs: 'ttlIndexes',
    fallback: 'a key older than a day is treated as unused and replaced when it is sent again',
  },
];
