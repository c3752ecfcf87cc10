import http from 'node:http';
import { startHarness, type Harness } from '../support/harness';

interface Answer {
  status: number;
  connection: string | undefined;
}

/** A POST whose headers go now and whose body goes when `finish` is called. */
function slowPost(port: number, agent: http.Agent) {
  let finish: () => void = () => undefined;
  const answer = new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        port,
        agent,
        method: 'POST',
        path: '/webhooks/twilio/messages',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode!, connection: res.headers.connection }),
        );
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    finish = () => req.end('Body=YES');
  });
  return { answer, finish: () => finish() };
}

function get(port: number, agent: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, agent, path: '/healthz' }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode!, connection: res.headers.connection }),
        );
      })
      .on('error', reject);
  });
}

describe('the web role stopping', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ overrides: { ROLE: 'web' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers a request in flight with Connection: close, then takes nothing more on that connection', async () => {
    const port = h.shiftline.web!.port;
    // One kept-alive connection, as a load balancer holds to each backend.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(port, agent)).toEqual({ status: 200, connection: 'keep-alive' });
      const post = slowPost(port, agent);
      await new Promise((resolve) => setTimeout(resolve, 200));

      const stopping = h.shiftline.web!.stop();
      let stopped = false;
      void stopping.then(() => (stopped = true));
      post.finish();
      // Unsigned, so refused; what matters is that it was answered, and how.
      expect(await post.answer).toEqual({ status: 403, connection: 'close' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stopped).toBe(true);
      await expect(get(port, agent)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      agent.destroy();
    }
  });
});
