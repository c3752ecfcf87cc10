/** A line ending like this already closes a sentence or opens a list: a space is enough. */
const CLOSED = /[:.!?]$/;

/**
 * The text as a template's one variable. WhatsApp refuses a variable with a new line, a tab or
 * more than 4 consecutive spaces (Twilio error 21656, a permanent failure with no SMS
 * fallback), so lines are joined on one ("Your next 2 shifts: Sat 9-1 | Sun 10-2") and runs
 * of white space become one space. An empty variable is refused too: a blank text becomes "-".
 */
export function flattenForTemplate(body: string): string {
  let joined = '';
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    joined = joined === '' ? line : joined + (CLOSED.test(joined) ? ' ' : ' | ') + line;
  }
  return joined === '' ? '-' : joined;
}

/** ContentVariables for a one-variable template ({{1}}) that carries the whole text. */
export function templateVariables(body: string): string {
  return JSON.stringify({ 1: flattenForTemplate(body) });
}
