/**
 * Worker thread entry: parses one exchange file (see parse-exchange.ts) away from the request
 * thread and posts the result, or the refusal with its code and details.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runExchangeJob, type ExchangeJob } from "./exchange-jobs";

try {
  parentPort!.postMessage({ ok: true, value: await runExchangeJob(workerData as ExchangeJob) });
} catch (error) {
  const coded = error as { name?: string; code?: string; message?: string; details?: unknown };
  parentPort!.postMessage({ ok: false, error: { name: coded.name, code: coded.code, message: coded.message ?? String(error), details: coded.details } });
}
