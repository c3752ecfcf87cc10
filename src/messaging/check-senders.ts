import type { Twilio } from 'twilio';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Models } from '../models';
import { accountNumbers } from './account-numbers';
import { bareAddress } from './address';

/** A sender Shiftline is configured to use that the Twilio account does not own. */
export interface SenderProblem {
  sender: string;
  /** Where it is configured: an environment variable or an organisation's number. */
  usedBy: string;
}

export interface SenderCheckDeps {
  config: Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_FROM_NUMBER' | 'TWILIO_WHATSAPP_FROM'>;
  models: Models;
  twilio: Twilio;
  log: Logger;
}

/** Every configured sender: the default ones and each organisation's numbers, with where from. */
async function configuredSenders(deps: SenderCheckDeps): Promise<Map<string, string[]>> {
  const senders = new Map<string, string[]>();
  const add = (number: string, usedBy: string) =>
    senders.set(number, [...(senders.get(number) ?? []), usedBy]);
  add(deps.config.TWILIO_FROM_NUMBER, 'TWILIO_FROM_NUMBER');
  if (deps.config.TWILIO_WHATSAPP_FROM)
    add(bareAddress(deps.config.TWILIO_WHATSAPP_FROM), 'TWILIO_WHATSAPP_FROM');
  const organisations = await deps.models.Organisation.find(
    {},
    { name: 1, smsNumbers: 1, whatsappNumbers: 1 },
  ).lean();
  for (const { name, smsNumbers, whatsappNumbers } of organisations) {
    for (const number of smsNumbers) add(number, `${name}'s SMS number`);
    for (const number of whatsappNumbers) add(number, `${name}'s WhatsApp number`);
  }
  return senders;
}

/**
 * At start: says, one error line each, which configured sender is not a number of the Twilio
 * account (Twilio refuses to send from it, 21606, and no text to it reaches Shiftline). Never
 * throws: when Twilio cannot be asked, a warning says the senders were not checked.
 */
export async function checkSenders(deps: SenderCheckDeps): Promise<SenderProblem[]> {
  try {
    const [owned, senders] = await Promise.all([
      accountNumbers(deps.twilio),
      configuredSenders(deps),
    ]);
    const problems = [...senders]
      .filter(([number]) => !owned.has(number))
      .map(([sender, usedBy]) => ({ sender, usedBy: usedBy.join(', ') }));
    for (const { sender, usedBy } of problems) {
      deps.log.error(
        { sender, usedBy, account: deps.config.TWILIO_ACCOUNT_SID },
        `sender ${sender} (${usedBy}) is not a number of the Twilio account: texts from it are refused`,
      );
    }
    return problems;
  } catch (error) {
    deps.log.warn({ err: error }, 'senders not checked: the Twilio account could not be read');
    return [];
  }
}
