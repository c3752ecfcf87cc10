import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import twilio from 'twilio';
import { incomingMessageSchema, statusCallbackSchema } from '../../src/http/webhooks/schemas';
import { isKnownStatus } from '../../src/messaging/status';
import { startHarness, type Harness } from '../support/harness';
import {
  badPercentEscapes,
  bytesWithBadUtf8,
  hostileText,
  oddContentEncoding,
  oddContentType,
} from './support/hostile-values';
import { expect4xx, expectNo5xx, sendRaw } from './support/raw-request';
import { watchUnhandledRejections } from './support/unhandled-rejections';
import {
  encodeForm,
  formMutations,
  messageSid,
  mutate,
  parsedForm,
  randomPairs,
  type FormPairs,
} from './support/webhook-forms';

const FORGED_RUNS = 300;
const RAW_RUNS = 150;
const SIGNED_RUNS = 300;
const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * Fuzzes Twilio's two webhooks on a running Shiftline with no organisation seeded, so nothing
 * stored is ever answered: the only writes are the ones the requests themselves cause.
 */

// Seconds alone; several times that while the rest of the suite shares 2 cores.
jest.setTimeout(180_000);
describe('Twilio webhooks under random and malformed requests', () => {
  let h: Harness;
  let rejections: ReturnType<typeof watchUnhandledRejections>;
  let sequence = 0;

  beforeAll(async () => {
    rejections = watchUnhandledRejections();
    h = await startHarness();
  });
  afterAll(async () => {
    rejections.stop();
    await h.stop();
  });

  const urlOf = (path: string) => `${h.config.PUBLIC_BASE_URL}${path}`;
  // What the webhooks write before answering: a text's receipt, a status event.
  const stored = async () => ({
    inbound: await h.models.InboundReceipt.countDocuments(),
    statuses: await h.models.MessageStatusEvent.countDocuments(),
  });
  const sign = (path: string, form: Record<string, string | string[]>, token?: string) =>
    twilio.getExpectedTwilioSignature(token ?? h.config.TWILIO_AUTH_TOKEN, urlOf(path), form);

  const endpoints = () => [
    {
      path: '/webhooks/twilio/messages',
      wellFormed: (sid: string): FormPairs => [
        ['MessageSid', sid],
        ['AccountSid', h.config.TWILIO_ACCOUNT_SID],
        ['From', '+15551110001'],
        ['To', '+15005550006'],
        ['Body', 'YES'],
      ],
    },
    {
      path: '/webhooks/twilio/status',
      wellFormed: (sid: string): FormPairs => [
        ['MessageSid', sid],
        ['MessageStatus', 'delivered'],
        ['ErrorCode', '30003'],
      ],
    },
  ];
  const FIELDS = ['MessageSid', 'AccountSid', 'From', 'To', 'Body', 'OptOutType'];
  const STATUS_FIELDS = ['MessageSid', 'MessageStatus', 'ErrorCode'];
  const endpointIndex = fc.integer({ min: 0, max: 1 });

  it(`refuses ${FORGED_RUNS} unsigned or wrongly signed posts with a 4xx, storing nothing`, async () => {
    const forgery = fc.constantFrom(
      'none',
      'random',
      'wrong-token',
      'signed-other-form',
      'signed-other-url',
    );
    await fc.assert(
      fc.asyncProperty(
        endpointIndex,
        fc.oneof(
          { weight: 2, arbitrary: fc.constant(null) },
          { weight: 2, arbitrary: formMutations(FIELDS) },
        ),
        randomPairs([...FIELDS, ...STATUS_FIELDS]),
        fc.boolean(),
        forgery,
        fc.string({ maxLength: 40 }),
        async (which, changes, random, useRandom, how, randomSignature) => {
          const endpoint = endpoints()[which]!;
          const wellFormed = endpoint.wellFormed(messageSid(++sequence));
          const pairs = useRandom ? random : changes ? mutate(wellFormed, changes) : wellFormed;
          const form = parsedForm(pairs);
          const signature = {
            none: undefined,
            random: randomSignature,
            'wrong-token': sign(endpoint.path, form, 'not-our-token'),
            'signed-other-form': sign(endpoint.path, parsedForm([...pairs, ['Extra', 'x']])),
            'signed-other-url': sign(`${endpoint.path}?x=1`, form),
          }[how];
          const before = await stored();
          const answer = await sendRaw({
            method: 'POST',
            url: urlOf(endpoint.path),
            headers: {
              'content-type': FORM_TYPE,
              ...(signature === undefined ? {} : { 'x-twilio-signature': signature }),
            },
            body: encodeForm(pairs),
          });
          expect4xx(answer);
          expect(await stored()).toEqual(before);
        },
      ),
      { numRuns: FORGED_RUNS },
    );
  });

  it(`refuses ${RAW_RUNS} posts with huge, non-UTF-8, wrongly typed or encoded bodies with a 4xx, storing nothing`, async () => {
    const hugeForm = fc
      .integer({ min: 33 * 1024, max: 400 * 1024 })
      .map((size) => `Body=${'x'.repeat(size)}`);
    const manyFields = fc
      .integer({ min: 101, max: 400 })
      .map((count) => Array.from({ length: count }, (_, i) => `f${i}=${i}`).join('&'));
    const badEscapes = fc
      .array(badPercentEscapes, { minLength: 1, maxLength: 4 })
      .map((escapes) => `MessageSid=${escapes.join('')}&From=${escapes.join('x')}&Body=%`);
    const body = fc.oneof(
      hugeForm,
      manyFields,
      badEscapes,
      bytesWithBadUtf8(fc.constant('MessageSid=SM1&From=%2B15551110001&Body=hi')),
      fc.uint8Array({ maxLength: 300 }),
      fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
      hostileText,
    );
    const contentType = fc.oneof({ weight: 2, arbitrary: fc.constant(FORM_TYPE) }, oddContentType);
    const encoding = fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      oddContentEncoding,
      fc.constant('gzip (real)'),
    );
    await fc.assert(
      fc.asyncProperty(
        endpointIndex,
        body,
        contentType,
        encoding,
        fc.option(fc.string({ maxLength: 40 })),
        async (which, payload, type, contentEncoding, signature) => {
          const endpoint = endpoints()[which]!;
          const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
          const before = await stored();
          const answer = await sendRaw({
            method: 'POST',
            url: urlOf(endpoint.path),
            headers: {
              ...(type ? { 'content-type': type } : {}),
              ...(contentEncoding
                ? {
                    'content-encoding':
                      contentEncoding === 'gzip (real)' ? 'gzip' : contentEncoding,
                  }
                : {}),
              ...(signature === null ? {} : { 'x-twilio-signature': signature }),
            },
            body: contentEncoding === 'gzip (real)' ? gzipSync(bytes) : bytes,
          });
          expect4xx(answer);
          expect(await stored()).toEqual(before);
        },
      ),
      { numRuns: RAW_RUNS },
    );
  });

  it(`answers ${SIGNED_RUNS} correctly signed, mostly malformed posts with a 4xx or a complete record`, async () => {
    const outcomes = { refused: 0, recorded: 0 };
    await fc.assert(
      fc.asyncProperty(
        endpointIndex,
        formMutations(FIELDS),
        formMutations(STATUS_FIELDS),
        async (which, messageChanges, statusChanges) => {
          const endpoint = endpoints()[which]!;
          const sid = messageSid(++sequence);
          const pairs = mutate(
            endpoint.wellFormed(sid),
            which === 0 ? messageChanges : statusChanges,
          );
          const form = parsedForm(pairs);
          const before = await stored();
          const answer = await sendRaw({
            method: 'POST',
            url: urlOf(endpoint.path),
            headers: { 'content-type': FORM_TYPE, 'x-twilio-signature': sign(endpoint.path, form) },
            body: encodeForm(pairs),
          });
          expectNo5xx(answer);
          expect(answer.text).not.toContain('invalid Twilio signature');
          const after = await stored();
          const schema = which === 0 ? incomingMessageSchema : statusCallbackSchema;
          if (!schema.safeParse(form).success || answer.status >= 400) {
            expect4xx(answer);
            expect(after).toEqual(before);
            outcomes.refused++;
            return;
          }
          outcomes.recorded++;
          if (which === 0) {
            expect(after).toEqual({ ...before, inbound: before.inbound + 1 });
            const record = await h.models.InboundReceipt.findOne({ messageSid: form.MessageSid });
            expect(record?.body).toBe(form.Body ?? '');
          } else {
            const known = isKnownStatus(String(form.MessageStatus));
            expect(after).toEqual({ ...before, statuses: before.statuses + (known ? 1 : 0) });
          }
        },
      ),
      { numRuns: SIGNED_RUNS },
    );
    // Both sides of the property were exercised, not only the refusals.
    expect(outcomes.refused).toBeGreaterThan(SIGNED_RUNS / 2);
    expect(outcomes.recorded).toBeGreaterThan(0);
  });

  it('left no unhandled promise rejection behind', () => {
    expect(rejections.reasons).toEqual([]);
  });
});
