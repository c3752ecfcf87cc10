import type { Types } from 'mongoose';
import { withAim, type Aim } from '../domain/aims';
import { renderMessage, type Language, type MessageKey } from '../i18n';
import type { Models } from '../models';

/** The longest aim kept as written; a text is one SMS or so. */
export const MAX_AIM_TEXT = 300;

/** An aim in words, in the reader's language: "more hours", "probar trabajo de nutrición". */
export function aimInWords(aim: Pick<Aim, 'kind' | 'words' | 'text'>, language: Language): string {
  const key = `aims.kind.${aim.kind}` as MessageKey;
  return renderMessage(key, language, { words: aim.words ?? '', text: aim.text });
}

/** Adds an aim to the person's (the newest of a kind replaces the older); the aims as now kept. */
export async function recordAim(
  models: Models,
  person: Types.ObjectId,
  aim: Aim,
): Promise<Aim[] | undefined> {
  const held = await models.Person.findById(person, { aims: 1 }).lean();
  if (!held) return undefined;
  const aims = withAim((held.aims ?? []) as Aim[], {
    ...aim,
    text: aim.text.slice(0, MAX_AIM_TEXT),
  });
  await models.Person.updateOne({ _id: person }, { $set: { aims } });
  return aims;
}
