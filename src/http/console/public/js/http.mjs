/**
 * Calls to our own server, with the session cookie and the X-Shiftline-Console header that
 * shows the server the call comes from the console's own pages: JSON in, JSON out, errors as
 * RequestError.
 */

export class RequestError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
  }
}

/**
 * An error answer as one sentence: "invalid body — place: Too small". The API answers
 * `{code, message, details}`, the console's own routes `{error}`.
 */
function describe(answer, status) {
  const said = answer && typeof answer === 'object' && (answer.message ?? answer.error);
  if (!said) return `the server answered ${status}`;
  const details = Array.isArray(answer.details)
    ? answer.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
    : [];
  return [said, ...details].join(' — ');
}

/** A proxy's HTML error page is no answer: null. */
function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * fetch() for our JSON endpoints. Without a session (401) the browser goes to the sign-in page,
 * unless `toSignIn` is false (the sign-in page itself asks whether someone is signed in).
 * `headers` are added to the request's (an Idempotency-Key, say).
 */
export async function request(url, { method = 'GET', body, headers = {}, toSignIn = true } = {}) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    // The server refuses a change made with the cookie without it (see console-requests.ts).
    headers: {
      'x-shiftline-console': '1',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && toSignIn) location.assign('/console/');
  const answer = parseJson(await response.text());
  if (!response.ok) throw new RequestError(response.status, describe(answer, response.status));
  return answer;
}

/** The admin API, /api/v1. */
export const api = (path, options) => request(`/api/v1${path}`, options);

/**
 * Every item of a list of the admin API, page after page (200 at a time, following
 * nextCursor), up to `max` items.
 */
export async function apiAll(path, max = 1_000) {
  const items = [];
  let cursor = null;
  do {
    const query = `limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await api(`${path}${path.includes('?') ? '&' : '?'}${query}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return items.slice(0, max);
}

/** The dev-mode simulator's endpoints. */
export const simulatorApi = (path, options) => request(`/console/api/simulator${path}`, options);

/** Shiftline's now, in ms: in dev mode the simulator's clock, which may be fast-forwarded. */
export async function serverNow(session) {
  if (session.devMode) return Date.parse((await simulatorApi('/clock')).now);
  return new Date().getTime();
}

/**
 * Runs `task` now and again `ms` after each run ends, so slow answers never pile up; a failed run
 * goes to `onError` (which shows it) and the next run is tried all the same.
 */
export function every(ms, task, onError) {
  const run = async () => {
    try {
      await task();
      onError(null);
    } catch (error) {
      onError(error);
    }
    setTimeout(run, ms);
  };
  return run();
}
