import {
  countSegments,
  renderMessage,
  type Language,
  type MessageKey,
  type Terminology,
} from '../i18n';
import { chooseTarget, type OpenPrompts } from './choose-target';

/** What HELP can tell a person about: their roles and what they could answer now. */
export interface HelpContext {
  prompts: OpenPrompts;
  roles: { worker: boolean; client: boolean; broadcaster: boolean };
  now: Date;
}

export interface HelpCommand {
  key: Extract<MessageKey, `help_commands.${string}`>;
  vars?: Record<string, string>;
}

/** HELP in at most two SMS segments, in every language: what it costs the person to read. */
const MAX_SEGMENTS = 2;

/**
 * HELP's text: the commands given, dropping the least pressing (last) ones until it fits in two
 * segments. `shown` are the ones kept.
 */
export function helpText(
  commands: readonly HelpCommand[],
  language: Language,
  organisation: { name: string; contact: string; terminology?: unknown },
): { text: string; commands: string; shown: HelpCommand[] } {
  const terms = organisation.terminology as Terminology;
  const render = (shown: readonly HelpCommand[]) => {
    const list = shown.map((c) => renderMessage(c.key, language, c.vars ?? {}, terms)).join(', ');
    const vars = { org: organisation.name, contact: organisation.contact, commands: list };
    return { text: renderMessage('help', language, vars, terms), commands: list };
  };
  let shown = [...commands];
  while (shown.length > 1 && countSegments(render(shown).text).segments > MAX_SEGMENTS) {
    shown = shown.slice(0, -1);
  }
  return { ...render(shown), shown };
}

/**
 * The commands that apply to the person now, most pressing first: answers to open prompts (offers,
 * invitations to talk, hours to confirm), then
 * what their place lets them text (HERE, DONE, DROP), then their roles' commands. Pure; HELP
 * sends as many as fit in two SMS segments, from the front.
 */
export function helpCommands({ prompts, roles, now }: HelpContext): HelpCommand[] {
  const can = (type: 'here' | 'done' | 'drop') =>
    chooseTarget({ type }, prompts, now).kind !== 'nothing';
  const [onlyOffer, ...otherOffers] = prompts.offers;
  const [onlyTalk, ...otherTalks] = prompts.talks;
  const commands: (HelpCommand | false)[] = [
    onlyOffer !== undefined &&
      (otherOffers.length === 0
        ? { key: 'help_commands.answer_offer', vars: { code: onlyOffer.code } }
        : { key: 'help_commands.answer_offers' }),
    onlyTalk !== undefined &&
      (otherTalks.length === 0
        ? {
            key: 'help_commands.answer_talk',
            vars: { code: onlyTalk.code, name: onlyTalk.organisationName },
          }
        : { key: 'help_commands.answer_talks' }),
    prompts.confirmations.length > 0 && { key: 'help_commands.confirm' },
    can('here') && { key: 'help_commands.here' },
    can('done') && { key: 'help_commands.done' },
    can('drop') && { key: 'help_commands.drop' },
    roles.client && { key: 'help_commands.visit' },
    roles.broadcaster && { key: 'help_commands.broadcast' },
    { key: 'help_commands.status' },
    roles.worker && { key: 'help_commands.hours' },
    roles.worker && { key: 'help_commands.record' },
  ];
  return commands.filter((command): command is HelpCommand => command !== false);
}
