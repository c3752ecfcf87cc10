/**
 * One simulated phone: its texts like a messaging app (received on the left, sent on the
 * right), polled every second, and a box to text Shiftline as that person.
 *
 * data-testid: phone (data-phone, data-person-name), phone-messages, phone-received,
 * phone-sent, phone-form, phone-input, phone-send, phone-close, phone-error.
 */
import { simulatorApi } from './http.mjs';
import { h, say } from './dom.mjs';
import { formatInstant } from './time.mjs';

const POLL_MS = 1_000;

const bubble = (message) => {
  const received = message.direction === 'to_phone';
  return h(
    'li',
    {
      class: `bubble ${received ? 'received' : 'sent'}`,
      'data-testid': received ? 'phone-received' : 'phone-sent',
    },
    h('span', { class: 'body' }, message.body),
    h('time', { class: 'meta', datetime: message.at }, formatInstant(message.at)),
  );
};

/** The phone's element and stop(); `entry` is one of GET /phones' answers. */
export function createPhone(entry, onClose) {
  const path = `/phones/${encodeURIComponent(entry.phone)}/messages`;
  // It scrolls: focusable, so a keyboard can scroll it too.
  const list = h('ol', {
    class: 'messages',
    'data-testid': 'phone-messages',
    'aria-live': 'polite',
    'aria-label': `Texts to and from ${entry.name}`,
    tabindex: 0,
  });
  const error = h('p', {
    class: 'error',
    role: 'alert',
    'data-testid': 'phone-error',
    hidden: true,
  });
  const input = h('input', {
    name: 'body',
    autocomplete: 'off',
    required: true,
    maxlength: 1600,
    placeholder: `Text as ${entry.name}`,
    'aria-label': `Text as ${entry.name}`,
    'data-testid': 'phone-input',
  });
  const send = h('button', { type: 'submit', 'data-testid': 'phone-send' }, 'Send');
  /** The messages drawn, each as one string. */
  let shown = [];
  let timer;
  let stopped = false;

  async function poll() {
    try {
      const { messages } = await simulatorApi(path);
      const keys = messages.map((m) => `${m.at} ${m.direction} ${m.body}`);
      // Usually the log only grows: add what is new. A text can also show up among those drawn
      // (what the phone sent may be listed only after Shiftline's answer to it): redraw it all.
      const grown = shown.every((key, index) => keys[index] === key);
      if (!grown) list.replaceChildren();
      const from = grown ? shown.length : 0;
      if (keys.length > from) {
        list.append(...messages.slice(from).map(bubble));
        list.lastElementChild.scrollIntoView({ block: 'nearest' });
      }
      shown = keys;
      say(error, '');
    } catch (failure) {
      say(error, failure.message);
    }
    if (!stopped) timer = setTimeout(poll, POLL_MS);
  }

  const form = h('form', { class: 'phone-form', 'data-testid': 'phone-form' }, input, send);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    try {
      await simulatorApi(path, { method: 'POST', body: { body: input.value } });
      input.value = '';
      say(error, '');
    } catch (failure) {
      say(error, failure.message);
    } finally {
      send.disabled = false;
      input.focus();
    }
  });

  const element = h(
    'article',
    {
      class: 'phone',
      'data-testid': 'phone',
      'data-phone': entry.phone,
      'data-person-name': entry.name,
    },
    h(
      'header',
      { class: 'phone-header' },
      h('strong', {}, entry.name),
      h(
        'span',
        { class: 'muted' },
        `${entry.phone} · ${entry.roles.join(', ')} · ${entry.language}`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-testid': 'phone-close',
          'aria-label': `Close ${entry.name}'s phone`,
          onclick: onClose,
        },
        '×',
      ),
    ),
    list,
    form,
    error,
  );
  void poll();
  return {
    element,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
