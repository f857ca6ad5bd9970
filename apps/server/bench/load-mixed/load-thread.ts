import { Worker } from 'node:worker_threads';
import { runVirtualUsers } from './virtual-users';
import { type LoadOutcome, type LoadPlan, STAFF_WEIGHTS } from './workload';

/**
 * Runs the virtual users in a worker thread of this process: the server keeps the main event loop
 * (PGlite must live in-process) and the client gets one of its own, whose busy share is measured.
 */
export function runLoadThread(plan: LoadPlan): Promise<LoadOutcome> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    (${runVirtualUsers.toString()})(workerData.plan, workerData.weights, require).then(
      (outcome) => parentPort.postMessage({ outcome }),
      (error) => parentPort.postMessage({ error: String(error && error.stack || error) }),
    );`;
  const worker = new Worker(source, { eval: true, workerData: { plan, weights: STAFF_WEIGHTS } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { outcome?: LoadOutcome; error?: string }) => {
      void worker.terminate();
      if (m.outcome) resolve(m.outcome);
      else reject(new Error(`load thread: ${m.error}`));
    });
    worker.once('error', reject);
  });
}
