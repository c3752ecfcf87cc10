import {
  countSegments,
  formatTime,
  formatWhen,
  MESSAGE_KEYS,
  PLURAL_KEYS,
  renderMessage,
  SUPPORTED_LANGUAGES,
  type Language,
  type MessageKey,
  type MessageVars,
  type SegmentCount,
} from '../../../src/i18n';

/** The variables each message is given by the flows (beyond `org` and `contact`, always given). */
export const MESSAGE_VARIABLES: Record<MessageKey, readonly string[]> = {
  unknown_number: [],
  help: ['commands'],
  'help_commands.answer_offer': ['code'],
  'help_commands.answer_offers': [],
  'help_commands.confirm': [],
  'help_commands.here': [],
  'help_commands.done': [],
  'help_commands.drop': [],
  'help_commands.visit': [],
  'help_commands.broadcast': [],
  'help_commands.status': [],
  'help_commands.hours': [],
  'handoff.told': [],
  'handoff.worker': ['name', 'phone', 'texts'],
  'handoff.worker_about': ['name', 'phone', 'when', 'place', 'texts'],
  person_message: ['text'],
  opted_in: [],
  language_switched: [],
  fallback: [],
  which_one: ['count', 'list', 'example'],
  which_one_item: ['code', 'when', 'place'],
  list_more: ['count'],
  error_try_later: [],
  'offer.new': ['when', 'place', 'code'],
  'offer.urgent': ['when', 'place', 'code'],
  'offer.wait_list': ['when', 'place', 'code'],
  'offer.wait_list_urgent': ['when', 'place', 'code'],
  'offer.filled_wait_list': ['when', 'place'],
  'offer.accepted': ['when', 'place'],
  'offer.filled': ['when', 'place'],
  'offer.declined': [],
  'offer.expired': ['when', 'place'],
  'offer.withdrawn': ['when'],
  reminder: ['count', 'when', 'place'],
  'checkin.ok': ['name'],
  'checkin.not_expected': [],
  'late.ack': [],
  'late.supervisor': ['name', 'minutes', 'when'],
  nudge: ['time'],
  'noshow.worker': ['when'],
  'noshow.supervisor': ['name', 'when', 'place'],
  'noshow.coordinator': ['name', 'when', 'place'],
  'noshow.arrived.worker': ['when'],
  'noshow.arrived.supervisor': ['name', 'when', 'place'],
  'noshow.arrived.coordinator': ['name', 'when', 'place', 'supervisor'],
  'drop.confirm': ['when'],
  'drop.done': ['when'],
  'drop.unwell': ['when'],
  'drop.unwell_support': ['when', 'support'],
  'drop.unwell_not_booked': [],
  'drop.unwell_not_booked_support': ['support'],
  'replacement.covering': ['name', 'when', 'place'],
  'opted_out.released': ['name', 'when', 'place'],
  'opted_out.kept': ['name', 'when', 'place'],
  'unfilled.coordinator': ['count', 'when', 'place'],
  'done.ack': ['hours'],
  'done.supervisor': ['name', 'when', 'hours', 'code'],
  'done.supervisor_inferred': ['name', 'when', 'hours', 'code'],
  'done.supervisor_no_done': ['name', 'when', 'hours', 'code'],
  'done.ask': ['when'],
  'done.too_soon': [],
  'done.confirmed.supervisor': ['name', 'hours', 'when'],
  'done.disputed.supervisor': ['name', 'hours', 'when'],
  'done.confirmed.worker': ['hours', 'when'],
  'done.disputed.worker': ['when'],
  'done.disputed.coordinator': ['name', 'when', 'hours', 'supervisor'],
  'done.supervisor_reminder': ['name', 'when', 'hours', 'code'],
  'done.escalated.coordinator': ['name', 'when', 'hours', 'supervisor'],
  'visit.worker_coming': ['name', 'when'],
  'visit.replacing': ['name', 'when'],
  'visit.done': ['name'],
  'visit.ask.service': ['choices'],
  'visit.ask.date': ['service'],
  'visit.ask.time': ['day'],
  'visit.again.service': ['choices'],
  'visit.again.date': ['service'],
  'visit.again.time': ['day'],
  'visit.again.request': [],
  'visit.again.confirm': [],
  'visit.summary': ['service', 'when', 'where'],
  'visit.summary_series': ['service', 'when', 'interval', 'number', 'where'],
  'visit.refused.past': ['choices'],
  'visit.refused.too_soon': ['notice', 'choices'],
  'visit.refused.too_far': ['days', 'choices'],
  'visit.refused.closed': ['service', 'choices'],
  'visit.refused.morning_over': ['choices'],
  'visit.refused.afternoon_over': ['choices'],
  'visit.refused.evening_over': ['choices'],
  'visit.call_off.confirm': ['when'],
  'visit.move.confirm': ['when'],
  'visit.handed_off': [],
  'visit.dropped.book': [],
  'visit.dropped.change': [],
  'visit.expired': [],
  'visit.unfilled.client': ['when', 'choices'],
  'visit.unfilled.client_no_choices': ['when'],
  'visit.unfilled.coordinator': ['client', 'service', 'when'],
  'visit.booked': ['service', 'when', 'where'],
  'visit.booked_series': ['number', 'service', 'when', 'interval'],
  'visit.moved': ['when'],
  'visit.called_off': ['when'],
  'visit.none': [],
  'visit.status': ['count', 'list'],
  'visit.status_item': ['when', 'service', 'who'],
  'visit.finding': [],
  'visit.interval': ['count'],
  'visit.where.home': [],
  'visit.where.named': ['place'],
  'visit.handoff.client': ['client', 'phone', 'texts'],
  'visit.handoff.unknown': ['phone', 'texts'],
  'status.none': [],
  'status.list': ['count', 'list'],
  'status.item': ['when', 'place'],
  'status.waiting': ['list'],
  'status.waiting_item': ['position', 'when', 'place'],
  'status.both': ['booked', 'waiting'],
  'hours.summary': ['count', 'total'],
  'programme.preview': ['slots', 'when', 'place', 'people'],
  'programme.sent': ['slots', 'when', 'place', 'people'],
  'programme.preview_held': ['slots', 'when', 'place', 'people', 'time'],
  'programme.sent_held': ['slots', 'when', 'place', 'people', 'time'],
  'programme.filled': ['filled', 'slots', 'waiting', 'when', 'place'],
  'programme.dropped': ['name', 'when', 'place'],
  'programme.next_step_earned': ['hours', 'programme', 'step'],
  'programme.next_step_coordinator': ['hours', 'programme', 'from', 'step'],
  'programme.next_step_intro': ['name', 'phone', 'programme', 'from', 'step'],
  'programme.intro_done': ['step'],
  'programme.not_sent': [],
  'programme.expired': [],
  'programme.not_coordinator': [],
  'programme.over_budget': ['slots', 'needed', 'available'],
  'programme.no_supervisor': [],
  'programme.unclear.slots': [],
  'programme.unclear.over_limit': ['max'],
  'programme.unclear.when': [],
  'programme.unclear.work': [],
  'programme.unclear.place': [],
  'programme.wait_listed': ['position'],
  'programme.hours_left': ['hoursLeft', 'hoursTotal'],
  'programme.next_steps': ['message'],
  place_with_access: ['place', 'access'],
  task_term: ['task', 'term'],
};

export const PLURAL_COUNTS = [0, 1, 2, 5, 1_000_000] as const;

const ZONE = 'America/New_York';
// A Wednesday in September at half past: the longest date and time each language writes.
const START = new Date('2026-09-30T14:30:00Z');
const END = new Date('2026-09-30T18:45:00Z');
const YES_WORD: Record<Language, string> = { en: 'YES', es: 'SI', fr: 'OUI' };

/** Up to two items, then "+N more"; at least one, as nobody is sent an empty list. */
function listOf(language: Language, count: number, itemKey: 'which_one_item' | 'status.item') {
  const items = ['K7P', 'Q4M'].slice(0, Math.min(Math.max(count, 1), 2)).map((code, i) =>
    renderMessage(itemKey, language, {
      code,
      when: formatWhen(
        new Date(START.getTime() + i * 86_400_000),
        new Date(END.getTime() + i * 86_400_000),
        ZONE,
        language,
      ),
      place: i === 0 ? 'Riverside Park, north gate' : 'Eastside Library',
    }),
  );
  if (count > 2) items.push(renderMessage('list_more', language, { count: count - 2 }));
  return items.join('\n');
}

/** Realistic values for every variable a key takes; `count` only for plural keys. */
export function sampleVars(key: MessageKey, language: Language, count = 2): MessageVars {
  const values: MessageVars = {
    org: 'Riverside Community Health',
    contact: '(555) 010-2345',
    support: 'text or call (555) 010-9876',
    programme: 'Winter guaranteed work',
    step: 'Riverside Parks crew',
    from: 'Riverside Community Health',
    when: formatWhen(START, END, ZONE, language),
    place: 'Riverside Park, north gate',
    code: 'K7P',
    name: 'Anastasia',
    supervisor: 'Marguerite',
    minutes: 15,
    time: formatTime(START, ZONE, language),
    hours: 3.5,
    total: 126.5,
    example: `${YES_WORD[language]} K7P`,
    list: listOf(language, count, key === 'which_one' ? 'which_one_item' : 'status.item'),
    slots: 10,
    people: 184,
    needed: 1234.5,
    available: 987.25,
    max: 500,
    position: 12,
    hoursLeft: 6.5,
    hoursTotal: 10,
    filled: 10,
    waiting: 12,
    booked: 'Your next shift:\nWed 30 Sep, 10:30am-2:45pm, Riverside Park, north gate',
    message: 'Ask about the spring program at the workforce board, (555) 010-2346.',
    service: 'Grocery shopping',
    day: formatWhen(START, undefined, ZONE, language).split(',')[0] ?? '',
    choices: '1) Wed 30 Sep, 10:30am 2) Wed 30 Sep, 11am 3) Thu 1 Oct, 10:30am',
    notice: 2,
    number: 12,
    days: 60,
    interval: 'week',
    where: 'at Riverside Community Center',
    client: 'Marguerite Okonkwo-Smith',
    phone: '+15550102345',
    texts: 'can someone help me with the thing at the place tuesday?',
    who: 'Anastasia',
    // HELP's longest list in each language: what fits in two segments is tested in answer-help.
    commands: "YES K7P or NO K7P to answer the offer, HERE when you arrive, DROP if you can't go",
    text: 'Hi Ana, it is 4 hours and the address is 12 Elm Street, the blue door.',
    access: 'buzzer 4B, side door',
    task: 'groceries',
    term: 'visit',
  };
  const wanted = new Set(['org', 'contact', ...MESSAGE_VARIABLES[key]]);
  const vars = Object.fromEntries(Object.entries(values).filter(([name]) => wanted.has(name)));
  return PLURAL_KEYS.has(key) ? { ...vars, count } : vars;
}

export interface RenderedMessage extends SegmentCount {
  key: MessageKey;
  language: Language;
  count: number | undefined;
  text: string;
}

/** Every key in every language, plural keys at each of PLURAL_COUNTS. */
export function renderCatalogue(): RenderedMessage[] {
  return SUPPORTED_LANGUAGES.flatMap((language) =>
    MESSAGE_KEYS.flatMap((key) => {
      const counts = PLURAL_KEYS.has(key) ? [...PLURAL_COUNTS] : [undefined];
      return counts.map((count) => {
        const text = renderMessage(key, language, sampleVars(key, language, count));
        return { key, language, count, text, ...countSegments(text) };
      });
    }),
  );
}
