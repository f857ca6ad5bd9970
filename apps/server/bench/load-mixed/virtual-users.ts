import type { LoadOutcome, LoadPlan, VirtualUser } from './workload';

/**
 * The load generator, run in a worker thread so it has an event loop of its own next to the
 * server's (its busy share is measured). Self-contained: it is started from its source text
 * (`Function.prototype.toString`), so it may use nothing from outside but `load`, the thread's own
 * `require` (the bundler renames a free `require`).
 */
export async function runVirtualUsers(
  plan: LoadPlan,
  weights: Record<string, number>,
  load: (id: string) => unknown,
): Promise<LoadOutcome> {
  const http = load('node:http') as typeof import('node:http');
  const { performance } = load('node:perf_hooks') as typeof import('node:perf_hooks');
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.users.length });
  const samples: Record<string, number[]> = {};
  const errors: Record<string, Record<string, number>> = {};
  const firstErrors: Record<string, string> = {};
  const retried: Record<string, number> = {};
  let recording = false;
  let deadline = 0;

  /** One request; the body is read whole. Rejects with `reused` set when a pooled socket failed. */
  const sendOnce = (method: string, path: string, cookie: string, body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const headers: Record<string, string> = { cookie };
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers[plan.csrfHeader] = '1';
      }
      const req = http.request(`${plan.base}${path}`, { method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      });
      req.on('error', (e: Error & { code?: string }) =>
        reject(Object.assign(e, { reused: req.reusedSocket })),
      );
      req.end(body);
    });

  /**
   * A keep-alive socket the server closed on its idle timer just as a request was written to it
   * resets; browsers then send an idempotent request again on a new socket, and so does this
   * client, once, for a GET (counted as `retried`, timed from the first attempt).
   */
  const send = async (type: string, method: string, path: string, cookie: string, body?: string) => {
    try {
      return await sendOnce(method, path, cookie, body);
    } catch (e) {
      const err = e as Error & { code?: string; reused?: boolean };
      if (method !== 'GET' || !err.reused || err.code !== 'ECONNRESET') throw e;
      if (recording) retried[type] = (retried[type] ?? 0) + 1;
      return sendOnce(method, path, cookie, body);
    }
  };

  const query = (proc: string, input?: unknown) =>
    input === undefined
      ? `/trpc/${proc}`
      : `/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;

  /** Sends one request, records its latency or its error under `type`; the body on a 200. */
  const timed = async (type: string, method: string, path: string, cookie: string, body?: string) => {
    const t0 = performance.now();
    let status: string;
    let text = '';
    try {
      const a = await send(type, method, path, cookie, body);
      status = String(a.status);
      text = a.text;
    } catch (e) {
      status = 'network';
      text = String((e as Error).message);
    }
    const dt = performance.now() - t0;
    if (status === '200') {
      if (recording) {
        samples[type] ??= [];
        samples[type].push(dt);
      }
      return text;
    }
    if (recording) {
      errors[type] ??= {};
      const byStatus = errors[type];
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      firstErrors[type] ??= `${status} ${text.slice(0, 300)}`;
    }
    return null;
  };

  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;
  const staffTypes = Object.keys(weights);
  const totalWeight = staffTypes.reduce((s, t) => s + (weights[t] ?? 0), 0);
  const pickStaffType = () => {
    let r = Math.random() * totalWeight;
    for (const t of staffTypes) {
      r -= weights[t] ?? 0;
      if (r < 0) return t;
    }
    return staffTypes[0] as string;
  };

  /** The update form's fields, taken from the detail the caseworker just read. */
  const updateInput = (h: Record<string, unknown>) => {
    const keep = ['divisionCode', 'postalCode', 'housingType', 'areaBand', 'standardVersion', 'category'];
    keep.push('mainCause', 'secondaryCauses', 'causeNote', 'otherAnnualIncomeFen', 'unionMember');
    keep.push(
      'unionCardNo',
      'employerName',
      'industry',
      'singleParent',
      'zeroEmployment',
      'selfHelpCapacity',
    );
    const input: Record<string, unknown> = { id: h.id, version: h.version, members: h.members };
    for (const k of keep) input[k] = h[k];
    const bank = h.bankAccount as { bankName: string; branchName: string | null } | null;
    input.bankAccount = bank ? { bankName: bank.bankName, branchName: bank.branchName } : null;
    const address = String(h.address);
    // Toggles a trailing mark, so the file changes and stays within the field's length.
    input.address = address.endsWith('·') ? address.slice(0, -1) : `${address.slice(0, 199)}·`;
    return input;
  };

  const staffStep = async (u: VirtualUser) => {
    const type = pickStaffType();
    const id = pick(u.householdIds);
    if (type === 'households.list')
      return timed(type, 'GET', query('households.list', { limit: 20 }), u.cookie);
    if (type === 'households.search')
      return timed(type, 'GET', query('households.list', { q: pick(plan.surnames), limit: 20 }), u.cookie);
    if (type === 'identification.inbox') return timed(type, 'GET', query('identification.inbox'), u.cookie);
    if (type === 'stats.overview') return timed(type, 'GET', query('stats.overview', {}), u.cookie);
    const detail = await timed('households.get', 'GET', query('households.get', { id }), u.cookie);
    if (type !== 'households.update' || detail === null) return detail;
    const h = (JSON.parse(detail) as { result: { data: Record<string, unknown> } }).result.data;
    return timed(type, 'POST', '/trpc/households.update', u.cookie, JSON.stringify(updateInput(h)));
  };

  const workerPaths = ['portal.myCase', 'portal.myPlan', 'portal.myPayments', 'notifications.myJobs'];
  const workerStep = (u: VirtualUser) => {
    const proc = pick(workerPaths);
    return timed(proc, 'GET', query(proc), u.cookie);
  };

  const loop = async (u: VirtualUser, startAfterMs = 0) => {
    if (startAfterMs > 0) await new Promise((r) => setTimeout(r, startAfterMs));
    while (performance.now() < deadline) await (u.kind === 'staff' ? staffStep(u) : workerStep(u));
  };
  const phase = async (seconds: number, rampMs = 0) => {
    deadline = performance.now() + seconds * 1000;
    const t0 = performance.now();
    const n = plan.users.length;
    await Promise.all(plan.users.map((u, i) => loop(u, (rampMs * i) / n)));
    return (performance.now() - t0) / 1000;
  };

  // The warm-up ramps the users in over its first half: 1,200 connections opened in one instant
  // overflow the server's accept queue (backlog 511) while its event loop is busy, and the
  // dropped handshakes then wait out SYN-ACK retransmits for up to a minute.
  await phase(plan.warmupSeconds, (plan.warmupSeconds * 1000) / 2);
  recording = true;
  const elu0 = performance.eventLoopUtilization();
  const seconds = await phase(plan.seconds);
  const elu = performance.eventLoopUtilization(elu0);
  agent.destroy();
  return { seconds, samples, errors, retried, firstErrors, clientEventLoopUtilization: elu.utilization };
}
