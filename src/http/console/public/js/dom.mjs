/** A small DOM builder: text always goes in as text nodes, never as HTML. */

/**
 * h('a', { href, 'data-testid': 'x', onclick }, 'text', child…): attributes that are false, null
 * or undefined are left out, `true` sets an empty attribute, `on…` adds a listener.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  return setChildren(element, ...children);
}

/** Replaces an element's children: nested arrays flattened, false, null and undefined left out. */
export function setChildren(element, ...children) {
  element.replaceChildren(
    ...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false),
  );
  return element;
}

/** The element with this data-testid (each page's skeleton is in its HTML). */
export function byTestId(testId, root = document) {
  const element = root.querySelector(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no element with data-testid="${testId}"`);
  return element;
}

/** Shows a message in an element (empty hides it). */
export function say(element, message) {
  element.textContent = message;
  element.hidden = !message;
}
