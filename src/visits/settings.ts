/** An organisation's visit rules as stored, over the defaults. Pure. */
import { DEFAULT_VISIT_SETTINGS, type DayWindows, type VisitSettings } from '../domain/visit/types';

type PartOfDay = keyof DayWindows;
const PARTS: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];

/** What may be stored: any field missing (a document older than the field, a lean read). */
export interface StoredVisitSettings {
  minLeadMinutes?: number | null;
  maxLeadDays?: number | null;
  dayWindows?: Partial<Record<PartOfDay, readonly string[] | null>> | null;
  dialogExpiryMinutes?: number | null;
  unfilledNoticeHours?: number | null;
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function windowOf(stored: readonly string[] | null | undefined, part: PartOfDay) {
  if (stored?.length === 2) return [stored[0]!, stored[1]!] as const;
  return DEFAULT_VISIT_SETTINGS.dayWindows[part];
}

/** Each stored value in place of its default; a missing or malformed one keeps the default. */
export function visitSettingsOf(organisation: {
  visitSettings?: StoredVisitSettings | null;
}): VisitSettings {
  const stored = organisation.visitSettings ?? {};
  const windows = stored.dayWindows ?? {};
  return {
    minLeadMinutes: isNumber(stored.minLeadMinutes)
      ? stored.minLeadMinutes
      : DEFAULT_VISIT_SETTINGS.minLeadMinutes,
    maxLeadDays: isNumber(stored.maxLeadDays)
      ? stored.maxLeadDays
      : DEFAULT_VISIT_SETTINGS.maxLeadDays,
    dayWindows: Object.fromEntries(
      PARTS.map((part) => [part, windowOf(windows[part], part)]),
    ) as unknown as DayWindows,
    dialogExpiryMinutes: isNumber(stored.dialogExpiryMinutes)
      ? stored.dialogExpiryMinutes
      : DEFAULT_VISIT_SETTINGS.dialogExpiryMinutes,
    unfilledNoticeHours: isNumber(stored.unfilledNoticeHours)
      ? stored.unfilledNoticeHours
      : DEFAULT_VISIT_SETTINGS.unfilledNoticeHours,
  };
}
