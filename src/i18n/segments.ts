import { SegmentedMessage } from 'sms-segments-calculator';

export interface SegmentCount {
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
}

/** How many SMS parts a text is sent as: 160/153 GSM-7 characters each, or 70/67 in UCS-2. */
export function countSegments(text: string): SegmentCount {
  const message = new SegmentedMessage(text);
  return { segments: message.segmentsCount, encoding: message.encodingName };
}

/** The characters that push a text out of GSM-7, to pick other words for them. */
export function nonGsmCharacters(text: string): string[] {
  return new SegmentedMessage(text).getNonGsmCharacters();
}
