export type OptOutType = 'STOP' | 'START' | 'HELP';

/**
 * Twilio's default keywords. Only a message that is exactly one keyword (any case, surrounding
 * spaces ignored) counts: "stop please" is an ordinary text. YES is left out on purpose, so a
 * "YES" reply to a shift offer stays an ordinary text.
 */
const KEYWORDS: Record<string, OptOutType> = {
  STOP: 'STOP',
  STOPALL: 'STOP',
  UNSUBSCRIBE: 'STOP',
  CANCEL: 'STOP',
  END: 'STOP',
  QUIT: 'STOP',
  START: 'START',
  UNSTOP: 'START',
  HELP: 'HELP',
  INFO: 'HELP',
};

export function optOutType(body: string): OptOutType | undefined {
  return KEYWORDS[body.trim().toUpperCase()];
}
