import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/** Node's own metrics (CPU, memory, event-loop lag, GC): once per process, on first scrape. */
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
  let merged: Registry | undefined;
  return async () => {
    merged ??= Registry.merge([processMetrics(), registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  };
}
