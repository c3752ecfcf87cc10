import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * Node's own metrics (CPU, memory, event-loop lag, GC): once per process, when its metrics are
 * made. prom-client counts CPU from here, so a first scrape shows the work done since start.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface Exposition {
  contentType: string;
  body: string;
}

/** The text Prometheus scrapes: the process's metrics and the runtime's. */
export function exposeMetrics(registry: Registry): () => Promise<Exposition> {
  const node = processMetrics();
  // Merged at first scrape: the runtime registers some of its metrics after this is made.
  let merged: Registry | undefined;
  return async () => {
    merged ??= Registry.merge([node, registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  };
}
