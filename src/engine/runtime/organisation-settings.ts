import type { AttendanceSettings } from '../../../flows/attendance-context';
import { DEFAULT_ATTENDANCE_SETTINGS } from '../../../flows/attendance-context';
import { DEFAULT_COMPLETION_SETTINGS } from '../../../flows/completion';
import type { OfferStrategy } from '../../domain/offer-plan';
import type { QuietHours } from '../../domain/quiet-hours';
import type { Organisation } from '../../models/organisation';

type Stored = Partial<
  Pick<
    Organisation,
    | 'timeZone'
    | 'offerStrategy'
    | 'quietHours'
    | 'urgentOffersInQuietHours'
    | 'placeOnWorkerOptOut'
    | 'reminderMinutesBefore'
    | 'graceMinutes'
    | 'noShowAfterMinutes'
    | 'checkInOpensMinutes'
    | 'supervisorReminderMinutes'
    | 'escalateAfterMinutes'
    | 'hoursIncrementMinutes'
    | 'doneGraceMinutes'
    | 'doneAskWaitMinutes'
  >
>;

/** The organisation's offer strategy; anything incomplete falls back to sequential, 30 minutes. */
export function offerStrategyOf(organisation: Stored): OfferStrategy {
  const stored = organisation.offerStrategy;
  const expiryMinutes = stored?.expiryMinutes ?? 30;
  switch (stored?.kind) {
    case 'broadcast':
      return { kind: 'broadcast' };
    case 'waves':
      return { kind: 'waves', size: stored.size ?? 3, expiryMinutes };
    default:
      return { kind: 'sequential', expiryMinutes };
  }
}

/** The organisation's quiet hours: null when it has none, the default when it never said. */
export function quietHoursOf(organisation: Stored): QuietHours | null {
  const quiet = organisation.quietHours;
  if (quiet === null) return null;
  return quiet ? { start: quiet.start, end: quiet.end } : DEFAULT_ATTENDANCE_SETTINGS.quietHours;
}

/** What decides when an offer is texted (offerSendTime), but the recipient's zone. */
export function offerTimingOf(organisation: Stored) {
  return {
    quietHours: quietHoursOf(organisation),
    urgentInQuietHours: organisation.urgentOffersInQuietHours ?? false,
  };
}

/** Whether a booked worker's place is offered again once they opt out of texts (default: kept). */
export const releasesPlaceOnOptOut = (organisation: Stored): boolean =>
  organisation.placeOnWorkerOptOut === 'release';

export function attendanceSettingsOf(organisation: Stored): AttendanceSettings {
  const d = DEFAULT_ATTENDANCE_SETTINGS;
  return {
    timeZone: organisation.timeZone ?? 'UTC',
    quietHours: quietHoursOf(organisation),
    reminderMinutesBefore: organisation.reminderMinutesBefore ?? d.reminderMinutesBefore,
    graceMinutes: organisation.graceMinutes ?? d.graceMinutes,
    noShowAfterMinutes: organisation.noShowAfterMinutes ?? d.noShowAfterMinutes,
    checkInOpensMinutes: organisation.checkInOpensMinutes ?? d.checkInOpensMinutes,
  };
}

export function completionSettingsOf(organisation: Stored) {
  const d = DEFAULT_COMPLETION_SETTINGS;
  return {
    supervisorReminderMinutes:
      organisation.supervisorReminderMinutes ?? d.supervisorReminderMinutes,
    escalateAfterMinutes: organisation.escalateAfterMinutes ?? d.escalateAfterMinutes,
    hoursIncrementMinutes: organisation.hoursIncrementMinutes ?? d.hoursIncrementMinutes,
    doneGraceMinutes: organisation.doneGraceMinutes ?? d.doneGraceMinutes,
    doneAskWaitMinutes: organisation.doneAskWaitMinutes ?? d.doneAskWaitMinutes,
  };
}
