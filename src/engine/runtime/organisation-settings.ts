import type { AttendanceSettings } from '../../../flows/attendance-context';
import { DEFAULT_ATTENDANCE_SETTINGS } from '../../../flows/attendance-context';
import { DEFAULT_COMPLETION_SETTINGS } from '../../../flows/completion';
import type { OfferStrategy } from '../../domain/offer-plan';
import type { Organisation } from '../../models/organisation';

type Stored = Partial<
  Pick<
    Organisation,
    | 'timeZone'
    | 'offerStrategy'
    | 'quietHours'
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

export function attendanceSettingsOf(organisation: Stored): AttendanceSettings {
  const d = DEFAULT_ATTENDANCE_SETTINGS;
  const quiet = organisation.quietHours;
  return {
    timeZone: organisation.timeZone ?? 'UTC',
    quietHours:
      quiet === null ? null : quiet ? { start: quiet.start, end: quiet.end } : d.quietHours,
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
