import { request } from 'node:http';
import { startHarness, type Harness } from '../../support/harness';

/** GET with a Host header of our choosing, as a page on a rebound DNS name would send. */
function getWithHost(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dev mode, against DNS rebinding', () => {
  let h: Harness;
  let port: number;
  beforeAll(async () => {
    h = await startHarness({ overrides: { NODE_ENV: 'development', DEV_MODE: 'true' } });
    port = h.shiftline.web!.port;
  });
  afterAll(() => h.stop());

  it("answers PUBLIC_BASE_URL's host and this machine's names, with the port", async () => {
    const hosts = [
      new URL(h.config.PUBLIC_BASE_URL).host,
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
    ];
    for (const host of hosts)
      expect([host, await getWithHost(port, '/console/session/dev', host)]).toEqual([host, 200]);
  });

  it('answers any other Host with a 421, before the dev sign-in or anything else', async () => {
    for (const host of [`rebound.example.org:${port}`, 'rebound.example.org', '127.0.0.1:1'])
      for (const path of ['/console/session/dev', '/console/', '/readyz'])
        expect([host, path, await getWithHost(port, path, host)]).toEqual([host, path, 421]);
  });
});
