/**
 * Collects every unhandled promise rejection of this process (the server under test runs in
 * it) while a fuzz file runs, so a test can fail on one instead of it going unnoticed.
 */
export function watchUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => {
    reasons.push(reason);
  };
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}
