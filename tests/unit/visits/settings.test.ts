import { DEFAULT_VISIT_SETTINGS } from '../../../src/domain/visit/types';
import { visitSettingsOf } from '../../../src/visits/settings';

describe('visitSettingsOf', () => {
  it('answers the defaults for an organisation stored before visit settings existed', () => {
    expect(visitSettingsOf({})).toEqual(DEFAULT_VISIT_SETTINGS);
    expect(visitSettingsOf({ visitSettings: null })).toEqual(DEFAULT_VISIT_SETTINGS);
  });

  it('puts each stored value over its default and keeps the defaults for the rest', () => {
    expect(
      visitSettingsOf({
        visitSettings: {
          minLeadMinutes: 0,
          maxLeadDays: 14,
          dayWindows: { morning: ['08:00', '11:30'] },
        },
      }),
    ).toEqual({
      ...DEFAULT_VISIT_SETTINGS,
      minLeadMinutes: 0,
      maxLeadDays: 14,
      dayWindows: { ...DEFAULT_VISIT_SETTINGS.dayWindows, morning: ['08:00', '11:30'] },
    });
  });

  it('keeps the default for a malformed window or a missing number rather than passing it on', () => {
    const settings = visitSettingsOf({
      visitSettings: {
        minLeadMinutes: null,
        dayWindows: { evening: ['18:00'], afternoon: null },
        dialogExpiryMinutes: 30,
      },
    });
    expect(settings.minLeadMinutes).toBe(DEFAULT_VISIT_SETTINGS.minLeadMinutes);
    expect(settings.dayWindows).toEqual(DEFAULT_VISIT_SETTINGS.dayWindows);
    expect(settings.dialogExpiryMinutes).toBe(30);
  });

  it('never hands out the shared defaults object to be changed by a caller', () => {
    const settings = visitSettingsOf({});
    expect(settings).not.toBe(DEFAULT_VISIT_SETTINGS);
    expect(settings.dayWindows).not.toBe(DEFAULT_VISIT_SETTINGS.dayWindows);
  });
});
