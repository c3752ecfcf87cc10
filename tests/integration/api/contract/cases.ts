import { testNumber } from '../../../support/seed';
import { LATER, type Fixtures } from './fixtures';

/** A request: the path under /api/v1 and its JSON body. */
export interface Request {
  path: string;
  body?: unknown;
}

/**
 * Per operation: a request that succeeds, and a request for each error only that operation
 * can be brought to (the errors every route shares are made by the test itself).
 */
export interface Case {
  ok: (f: Fixtures) => Request;
  404?: (f: Fixtures) => Request;
  409?: (f: Fixtures) => Request;
  422?: (f: Fixtures) => Request;
}

const shiftBody = (f: Fixtures) => ({
  place: 'Contract Park',
  start: LATER(50),
  end: LATER(52),
  places: 1,
  supervisorId: f.staff,
});

export const CASES: Record<string, Case> = {
  getOrganisation: { ok: () => ({ path: '/organisation' }) },
  updateOrganisation: {
    ok: () => ({
      path: '/organisation',
      body: { contact: '555-0101', supportContact: 'call or text (555) 010-9876' },
    }),
  },
  listOrganisations: { ok: () => ({ path: '/organisations' }) },
  listApiKeys: { ok: () => ({ path: '/api-keys' }) },
  createApiKey: {
    ok: () => ({ path: '/api-keys', body: { name: 'Contract', role: 'read_only' } }),
  },
  revokeApiKey: { ok: (f) => ({ path: `/api-keys/${f.keyToRevoke}` }) },
  listPeople: { ok: () => ({ path: '/people' }) },
  getPerson: { ok: (f) => ({ path: `/people/${f.worker}` }) },
  createPerson: {
    ok: () => ({ path: '/people', body: { name: 'Cleo', phone: testNumber(), roles: ['worker'] } }),
    // A number already one of ours.
    409: (f) => ({
      path: '/people',
      body: { name: 'Again', phone: f.workerPhone, roles: ['worker'] },
    }),
  },
  updatePerson: {
    ok: (f) => ({ path: `/people/${f.worker}`, body: { name: 'Wren W.' } }),
    409: (f) => ({ path: `/people/${f.worker}`, body: { phone: f.otherPhone } }),
  },
  listPersonMessages: { ok: (f) => ({ path: `/people/${f.worker}/messages` }) },
  sendPersonMessage: {
    ok: (f) => ({ path: `/people/${f.worker}/messages`, body: { text: 'See you at 9.' } }),
  },
  listMessages: { ok: () => ({ path: '/messages' }) },
  listBadgeChanges: { ok: (f) => ({ path: `/people/${f.worker}/badges` }) },
  recordAims: {
    ok: (f) => ({
      path: `/people/${f.worker}/aims`,
      body: { aims: [{ kind: 'work_type', words: 'nutrition', text: 'Try nutrition work' }] },
    }),
  },
  grantBadge: {
    ok: (f) => ({
      path: `/people/${f.worker}/badges`,
      body: { badge: 'first_aid', reason: 'Course' },
    }),
    409: (f) => ({ path: `/people/${f.badgeHolder}/badges`, body: { badge: 'held', reason: 'x' } }),
  },
  withdrawBadge: {
    ok: (f) => ({ path: `/people/${f.badgeHolder}/badges/held`, body: { reason: 'Lapsed' } }),
  },
  listPilots: { ok: () => ({ path: '/pilots' }) },
  createPilot: {
    ok: () => ({
      path: '/pilots',
      body: { name: 'Held pilot', badge: 'held', from: '2026-12-01', to: '2026-12-31' },
    }),
    // An organisation's id is no person.
    422: (f) => ({
      path: '/pilots',
      body: {
        name: 'x',
        badge: 'held',
        from: '2026-12-01',
        to: '2026-12-31',
        cohort: [f.stranger],
      },
    }),
  },
  getPilot: { ok: (f) => ({ path: `/pilots/${f.pilot}` }) },
  updatePilot: {
    ok: (f) => ({ path: `/pilots/${f.pilot}`, body: { name: 'Renamed', addCohort: [f.staff] } }),
    422: (f) => ({ path: `/pilots/${f.pilot}`, body: { addCohort: [f.stranger] } }),
  },
  getPilotDaily: { ok: (f) => ({ path: `/pilots/${f.pilot}/daily` }) },
  exportPilotDaily: { ok: (f) => ({ path: `/pilots/${f.pilot}/daily.csv` }) },
  listPartnerships: { ok: () => ({ path: '/partnerships' }) },
  getPartnership: { ok: (f) => ({ path: `/partnerships/${f.inForce}` }) },
  proposePartnership: {
    ok: (f) => ({
      path: '/partnerships',
      body: { clientOrganisationId: f.newClient, chargeCentsPerHour: 1200 },
    }),
    409: (f) => ({
      path: '/partnerships',
      body: { clientOrganisationId: f.newClient, chargeCentsPerHour: 1200 },
    }),
  },
  updatePartnership: {
    ok: (f) => ({ path: `/partnerships/${f.proposal}`, body: { chargeCentsPerHour: 1300 } }),
    409: (f) => ({ path: `/partnerships/${f.inForce}`, body: { chargeCentsPerHour: 1 } }),
  },
  acceptPartnership: {
    ok: (f) => ({ path: `/partnerships/${f.offered}/accept` }),
    409: (f) => ({ path: `/partnerships/${f.ended}/accept` }),
  },
  endPartnership: { ok: (f) => ({ path: `/partnerships/${f.toEnd}` }) },
  listOwnTerms: { ok: () => ({ path: '/organisation/terms' }) },
  publishTerms: {
    ok: () => ({
      path: '/organisation/terms',
      body: { chargeCentsPerHour: 2_200, skills: ['home_care'], noticeHours: 24 },
    }),
  },
  withdrawTerms: { ok: (f) => ({ path: `/terms/${f.ownTerms}` }) },
  listTerms: { ok: () => ({ path: '/terms' }) },
  acceptTerms: {
    ok: (f) => ({ path: `/terms/${f.termsToAccept}/accept` }),
    // Harbour has proposed a partnership to Riverside already.
    409: (f) => ({ path: `/terms/${f.harbourTerms}/accept` }),
  },
  listShifts: { ok: () => ({ path: '/shifts' }) },
  getShift: { ok: (f) => ({ path: `/shifts/${f.shift}` }) },
  createShift: { ok: (f) => ({ path: '/shifts', body: shiftBody(f) }) },
  createShiftSeries: {
    ok: (f) => ({ path: '/shifts/series', body: { ...shiftBody(f), weeks: 2 } }),
  },
  previewShift: { ok: (f) => ({ path: '/shifts/preview', body: { ...shiftBody(f), weeks: 2 } }) },
  cancelShift: {
    ok: (f) => ({ path: `/shifts/${f.toCancel}/cancel` }),
    409: (f) => ({ path: `/shifts/${f.completed}/cancel` }),
  },
  listActivity: { ok: () => ({ path: '/activity' }) },
  getReportSummary: {
    ok: (f) => ({ path: `/reports/summary?partner=${f.partner}` }),
    // An organisation Riverside has no partnership with.
    404: (f) => ({ path: `/reports/summary?partner=${f.stranger}` }),
  },
  listProgrammes: { ok: () => ({ path: '/programmes' }) },
  createProgramme: {
    ok: (f) => ({
      path: '/programmes',
      body: {
        name: 'Summer work',
        slug: 'summer-work',
        budgetCents: 1_000,
        hourlyRateCents: 100,
        minutesPerParticipant: 60,
        supervisorIds: [f.staff],
        nextStep: { programmeId: f.programme, minutesConfirmed: 60, maxNoShows: 0 },
      },
    }),
    409: (f) => ({
      path: '/programmes',
      body: {
        name: 'Again',
        slug: 'contract-programme',
        budgetCents: 1,
        hourlyRateCents: 1,
        minutesPerParticipant: 1,
        supervisorIds: [f.staff],
      },
    }),
  },
  getProgramme: { ok: (f) => ({ path: `/programmes/${f.programme}` }) },
  updateProgramme: {
    ok: (f) => ({ path: `/programmes/${f.programme}`, body: { name: 'Renamed', nextStep: null } }),
  },
  addParticipants: {
    ok: (f) => ({
      path: `/programmes/${f.programme}/participants`,
      body: { participants: [{ personId: f.worker, payType: 'stipend' }] },
    }),
  },
  removeParticipant: {
    ok: (f) => ({ path: `/programmes/${f.programme}/participants/${f.worker}` }),
  },
  getProgrammeLedger: { ok: (f) => ({ path: `/programmes/${f.programme}/ledger` }) },
  getProgrammeReport: { ok: (f) => ({ path: `/programmes/${f.programme}/report` }) },
  getRegionDashboard: { ok: () => ({ path: '/region/dashboard' }) },
  listRegionChoices: { ok: () => ({ path: '/region/organisations' }) },
  setRegionDashboard: {
    ok: (f) => ({
      path: '/region/dashboard',
      body: { figures: ['hoursWorked'], organisationIds: [f.organisation], programmeIds: [] },
    }),
  },
  exportProgrammeAudit: { ok: (f) => ({ path: `/programmes/${f.programme}/audit.csv` }) },
  createBroadcast: {
    ok: (f) => ({
      path: `/programmes/${f.programme}/broadcasts`,
      body: { slots: 1, start: LATER(60), end: LATER(62), place: 'Contract Park' },
    }),
    422: (f) => ({
      path: `/programmes/${f.programme}/broadcasts`,
      body: { slots: 500, start: LATER(70), end: LATER(80), place: 'Contract Park' },
    }),
  },
  listServices: { ok: () => ({ path: '/services' }) },
  createService: {
    ok: () => ({
      path: '/services',
      body: { key: 'meals', names: { en: ['meals'] }, defaultMinutes: 60 },
    }),
    409: () => ({
      path: '/services',
      body: { key: 'errands', names: { en: ['x'] }, defaultMinutes: 60 },
    }),
  },
  getService: { ok: (f) => ({ path: `/services/${f.service}` }) },
  updateService: { ok: (f) => ({ path: `/services/${f.service}`, body: { defaultMinutes: 45 } }) },
  withdrawService: { ok: (f) => ({ path: `/services/${f.serviceToWithdraw}` }) },
  listSharedRecords: { ok: () => ({ path: '/shared-records' }) },
  getSharedRecord: { ok: (f) => ({ path: `/shared-records/${f.sharer}` }) },
  searchCandidates: { ok: () => ({ path: '/candidates?minReliability=0&area=Brooklyn' }) },
  inviteCandidate: {
    ok: (f) => ({
      path: `/candidates/${f.sharer}/invitations`,
      body: { kind: 'talk', message: 'Can we call you about the spring crew?' },
    }),
    // Invited to a shift already over.
    409: (f) => ({
      path: `/candidates/${f.sharer}/invitations`,
      body: { kind: 'shift', shiftId: f.completed },
    }),
  },
  listVisitRequests: { ok: () => ({ path: '/visit-requests' }) },
  listHandOffs: { ok: () => ({ path: '/hand-offs' }) },
  getHandOff: { ok: (f) => ({ path: `/hand-offs/${f.handOff}` }) },
  resolveHandOff: { ok: (f) => ({ path: `/hand-offs/${f.handOff}/resolve` }) },
};
