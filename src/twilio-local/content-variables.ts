import { z } from 'zod';

const variables = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * Why a ContentVariables value would be refused with 21656, or undefined when Twilio takes it.
 * Sources: https://www.twilio.com/docs/api/errors/21656 (not JSON; a null or empty value) and
 * WhatsApp's template parameter rule that Twilio passes on (no new line or tab, at most 4
 * consecutive spaces), as issue 21 states it.
 */
export function contentVariablesProblem(raw: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  const values = variables.safeParse(parsed);
  if (!values.success) return 'not an object of string values';
  for (const [key, value] of Object.entries(values.data)) {
    const text = String(value);
    if (text === '') return `variable ${key} is empty`;
    if (/[\n\r]/.test(text)) return `variable ${key} has a new line`;
    if (text.includes('\t')) return `variable ${key} has a tab`;
    if (/ {5}/.test(text)) return `variable ${key} has more than 4 consecutive spaces`;
  }
  return undefined;
}

/** The template's text with each {{key}} replaced by its variable (left as it is when absent). */
export function renderTemplate(body: string, raw: string | undefined): string {
  const values = raw ? (variables.safeParse(JSON.parse(raw)).data ?? {}) : {};
  return body.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
