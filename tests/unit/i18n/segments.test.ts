import { countSegments, nonGsmCharacters } from '../../../src/i18n';

describe('countSegments', () => {
  it('fits 160 GSM-7 characters in one segment and splits at 153 after that', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ segments: 1, encoding: 'GSM-7' });
    expect(countSegments('a'.repeat(161))).toEqual({ segments: 2, encoding: 'GSM-7' });
    expect(countSegments('a'.repeat(306))).toEqual({ segments: 2, encoding: 'GSM-7' });
  });

  it('keeps é, è, à, ñ and ¿ in GSM-7, but not á, í, ó, ú, ç or ô', () => {
    expect(countSegments('¿Qué? Très bien, à mañana').encoding).toBe('GSM-7');
    for (const letter of ['á', 'í', 'ó', 'ú', 'ç', 'ô', '–', '’']) {
      expect(countSegments(`ok ${letter}`).encoding).toBe('UCS-2');
    }
    expect(nonGsmCharacters('sí, bientôt')).toEqual(['í', 'ô']);
  });

  it('fits 70 UCS-2 characters in one segment', () => {
    expect(countSegments('á'.repeat(70))).toEqual({ segments: 1, encoding: 'UCS-2' });
    expect(countSegments('á'.repeat(71))).toEqual({ segments: 2, encoding: 'UCS-2' });
  });
});
