/**
 * The simulator's clock: the virtual now, and buttons that move it forward (+15 min, +1 h,
 * +1 day, to the next timer), each firing the timers due on the way. The clock is shared by every
 * organisation, so only the operator's key moves it; anyone else sees the buttons disabled.
 *
 * data-testid: clock-bar, clock-shared, clock-now (data-now), clock-offset, clock-next-timer,
 * clock-plus-15m, clock-plus-1h, clock-plus-1d, clock-next-event, clock-result (data-fired,
 * and data-moving-fired while a move is under way).
 */
import { simulatorApi } from './http.mjs';
import { byTestId } from './dom.mjs';
import { formatInstant } from './time.mjs';

const PROGRESS_MS = 700;

const timersLabel = (count) => `${count} timer${count === 1 ? '' : 's'}`;

function offsetLabel(minutes) {
  if (minutes <= 0) return '(real time)';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days && `${days} d`, hours && `${hours} h`, rest && `${rest} min`].filter(Boolean);
  return `(${parts.join(' ')} ahead)`;
}

function showNow(iso) {
  const now = byTestId('clock-now');
  now.textContent = formatInstant(iso);
  now.setAttribute('data-now', iso);
}

function showClock(clock) {
  showNow(clock.now);
  byTestId('clock-offset').textContent = offsetLabel(clock.offsetMinutes);
  byTestId('clock-next-timer').textContent = clock.nextTimerAt
    ? `· next event ${formatInstant(clock.nextTimerAt)}`
    : '· no event pending';
}

/**
 * Wires the bar's buttons when the signed-in key may move the clock (a move's answer, or why it
 * failed, stays in clock-result); returns refresh(), which shows the clock unless it is moving.
 */
export function clockBar(canMove) {
  const bar = byTestId('clock-bar');
  const buttons = [...bar.querySelectorAll('button')];
  const result = byTestId('clock-result');
  if (!canMove) {
    for (const button of buttons) button.disabled = true;
    result.textContent = "Only the operator's key moves the clock.";
  }
  let moving = false;
  // Bumped by every move: a refresh answer that left before a move ended is stale.
  let generation = 0;

  const refresh = async () => {
    if (moving) return;
    const asked = generation;
    const clock = await simulatorApi('/clock');
    if (!moving && asked === generation) showClock(clock);
  };

  // While a move runs (a day can fire dozens of timers), where it has got to, every so often.
  async function showProgress() {
    const asked = generation;
    const clock = await simulatorApi('/clock').catch(() => null);
    if (!moving || asked !== generation || !clock?.moving) return;
    showNow(clock.now);
    result.setAttribute('data-moving-fired', String(clock.moving.fired));
    result.textContent =
      `Moving the clock to ${formatInstant(clock.moving.to)}… ` +
      `${timersLabel(clock.moving.fired)} fired so far.`;
  }

  async function move(body) {
    moving = true;
    for (const button of buttons) button.disabled = true;
    result.removeAttribute('data-fired');
    result.textContent = 'Moving the clock…';
    const progress = setInterval(showProgress, PROGRESS_MS);
    try {
      const answer = await simulatorApi('/clock', { method: 'POST', body });
      result.textContent = `Now ${formatInstant(answer.now)}: ${timersLabel(answer.fired)} fired.`;
      result.setAttribute('data-fired', String(answer.fired));
      showNow(answer.now);
    } catch (failure) {
      result.textContent = `The clock did not move: ${failure.message}`;
    } finally {
      clearInterval(progress);
      generation += 1;
      moving = false;
      result.removeAttribute('data-moving-fired');
      for (const button of buttons) button.disabled = false;
    }
    await refresh();
  }

  for (const button of canMove ? buttons : []) {
    button.addEventListener('click', () =>
      move(
        button.dataset.minutes
          ? { advanceMinutes: Number(button.dataset.minutes) }
          : { toNextTimer: true },
      ),
    );
  }
  return refresh;
}
