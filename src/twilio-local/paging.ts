import { z } from 'zod';
import { TwilioApiError } from './twilio-format';

const query = z.looseObject({
  PageSize: z.coerce.number().int().min(1).max(1000).default(50),
  Page: z.coerce.number().int().min(0).default(0),
  PageToken: z
    .string()
    .regex(/^PA[A-Z]{2}[0-9a-f]{32}$/)
    .optional(),
});

/**
 * One page of a 2010 API list, with Twilio's paging fields. PageToken ("PA" + the last SID of
 * the page before) is the cursor, so a page stays put when newer items arrive; Page is the
 * page's number. The twilio SDK follows next_page_uri until it is null.
 */
export function listPage<T extends { sid: string }>(
  items: T[],
  path: string,
  rawQuery: Record<string, unknown>,
  key: string,
  toResource: (item: T) => unknown,
): Record<string, unknown> {
  const parsed = query.safeParse(rawQuery);
  if (!parsed.success) throw new TwilioApiError(400, 20001, 'Invalid paging parameters');
  const { PageSize: size, Page: page, PageToken: token } = parsed.data;
  const after = token ? items.findIndex((item) => item.sid === token.slice(2)) + 1 : page * size;
  const slice = items.slice(after, after + size);
  const filters = Object.entries(rawQuery).filter(
    ([name, value]) =>
      !['PageSize', 'Page', 'PageToken'].includes(name) && typeof value === 'string',
  ) as [string, string][];
  const uriFor = (number: number, pageToken?: string) => {
    const params = new URLSearchParams([
      ...filters,
      ['PageSize', String(size)],
      ['Page', String(number)],
      ...(pageToken ? [['PageToken', pageToken] as [string, string]] : []),
    ]);
    return `${path}?${params.toString()}`;
  };
  const last = slice.at(-1);
  const more = after + size < items.length && last !== undefined;
  return {
    [key]: slice.map(toResource),
    page,
    page_size: size,
    start: page * size,
    end: page * size + Math.max(0, slice.length - 1),
    uri: uriFor(page, token),
    first_page_uri: uriFor(0),
    next_page_uri: more ? uriFor(page + 1, `PA${last.sid}`) : null,
    previous_page_uri: page > 0 ? uriFor(page - 1) : null,
  };
}
