import type { Types } from 'mongoose';
import type { Language } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { ReplyDeps, Speaker } from './act-on-reply';
import { helpCommands, helpText } from './help-commands';
import { loadOpenPrompts } from './open-prompts';
import { addressedFormally } from '../messaging/formal-address';

type HelpSpeaker = Omit<Speaker, 'person'> & {
  person: Omit<Speaker['person'], 'roles'> & {
    roles: { role: string; organisation: Types.ObjectId }[];
  };
};

/**
 * Answers HELP with the commands that apply to the person now (their roles, their open offers,
 * the place they hold), dropping the least pressing ones until the text fits two segments.
 */
export async function answerHelp(deps: ReplyDeps, speaker: HelpSpeaker): Promise<string> {
  const { person, organisation } = speaker;
  const language = (person.language ?? 'en') as Language;
  const now = deps.clock.now();
  const ours = person.roles.filter((r) => r.organisation.equals(organisation._id));
  const has = (role: string) => ours.some((r) => r.role === role);
  const [prompts, broadcaster] = await Promise.all([
    loadOpenPrompts(deps, person, now),
    deps.models.Programme.exists({ coordinators: person._id }),
  ]);
  const commands = helpCommands({
    prompts,
    roles: { worker: has('worker'), client: has('client'), broadcaster: Boolean(broadcaster) },
    now,
  });
  const help = helpText(commands, language, organisation);
  await queueText(deps, {
    dedupeKey: `reply-${speaker.messageSid}`,
    organisation,
    to: { person: { _id: person._id, language, formal: addressedFormally(person, organisation) } },
    key: 'help',
    vars: { commands: help.commands },
  });
  return `help:${help.shown.map((c) => c.key.slice('help_commands.'.length)).join(',')}`;
}
