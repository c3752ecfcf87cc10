/** Pieces the console's forms and detail lists share. */
import { h } from './dom.mjs';

/** An input with its label above it (the label wraps it, so it names it). */
export const field = (label, input) => h('label', { class: 'field' }, h('span', {}, label), input);

/** "a, b ,, c" → ['a', 'b', 'c']. */
export const splitList = (text) =>
  String(text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A term and its value in a <dl class="facts">. */
export const fact = (term, value) => [h('dt', {}, term), h('dd', {}, value)];

/**
 * A button for something that cannot be undone: the first press only shows a second button
 * that says what will happen, and that one does it.
 */
export function confirmStep({ label, confirmLabel, testId, action }) {
  const confirm = h(
    'button',
    { type: 'button', class: 'danger', 'data-testid': `${testId}-confirm`, hidden: true },
    confirmLabel,
  );
  const ask = h(
    'button',
    {
      type: 'button',
      class: 'danger-outline',
      'data-testid': testId,
      onclick: () => {
        ask.hidden = true;
        confirm.hidden = false;
        confirm.focus();
      },
    },
    label,
  );
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      await action();
    } finally {
      confirm.disabled = false;
    }
  });
  return h('span', { class: 'actions' }, ask, confirm);
}
