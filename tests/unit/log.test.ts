import { Writable } from 'node:stream';
import { createLogger, maskPhone } from '../../src/log';

function capture(level: 'info' | 'debug') {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = createLogger({ LOG_LEVEL: level, LOG_FORMAT: 'json', NODE_ENV: 'test' }, stream);
  return { log, lines };
}

describe('log redaction', () => {
  it('masks phone numbers and hides message bodies at info level', () => {
    const { log, lines } = capture('info');
    log.info(
      {
        from: '+15551234567',
        to: 'whatsapp:+447700900123',
        body: 'my address is 5 Elm St',
        nested: { phone: '+33612345678' },
      },
      'inbound from +15551234567',
    );
    const line = lines.join('');
    expect(line).not.toContain('+15551234567');
    expect(line).not.toContain('447700900123');
    expect(line).not.toContain('33612345678');
    expect(line).not.toContain('5 Elm St');
    expect(line).toContain('[22 chars]');
    expect(line).toContain(maskPhone('+15551234567'));
  });

  it('masks at warn and error too', () => {
    const { log, lines } = capture('info');
    log.error({ to: '+15551234567', Body: 'secret text' }, 'send failed');
    expect(lines.join('')).not.toMatch(/15551234567|secret text/);
  });

  it('shows them at debug level for local troubleshooting', () => {
    const { log, lines } = capture('debug');
    log.debug({ from: '+15551234567', body: 'hello' }, 'raw inbound');
    expect(lines.join('')).toContain('+15551234567');
    expect(lines.join('')).toContain('hello');
  });

  it('keeps enough of a number to tell two apart but not to dial it', () => {
    expect(maskPhone('+15551234567')).toBe('+1••••••4567');
    expect(maskPhone('whatsapp:+15551234567')).toBe('whatsapp:+1••••••4567');
  });
});
