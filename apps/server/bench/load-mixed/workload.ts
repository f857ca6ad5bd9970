/** Plain data shared by the main thread and the load worker thread (structured-clone safe). */

export const STAFF_REQUESTS = [
  'households.list',
  'households.search',
  'households.get',
  'identification.inbox',
  'stats.overview',
  'households.update',
] as const;
export const WORKER_REQUESTS = [
  'portal.myCase',
  'portal.myPlan',
  'portal.myPayments',
  'notifications.myJobs',
] as const;
export type RequestType = (typeof STAFF_REQUESTS)[number] | (typeof WORKER_REQUESTS)[number];

/** Relative weights of a caseworker's next request (a household update is one in twenty). */
export const STAFF_WEIGHTS: Readonly<Record<(typeof STAFF_REQUESTS)[number], number>> = {
  'households.list': 20,
  'households.search': 15,
  'households.get': 30,
  'identification.inbox': 15,
  'stats.overview': 15,
  'households.update': 5,
};

/** One signed-in user looping requests: a staff session or a worker (portal) session. */
export interface VirtualUser {
  readonly kind: 'staff' | 'worker';
  /** The Cookie header: bangfu_sid=… or bangfu_worker_sid=…. */
  readonly cookie: string;
  /** Staff only: households in the session's scope, its own (disjoint) share for detail and update. */
  readonly householdIds: readonly string[];
}

export interface LoadPlan {
  readonly base: string;
  readonly csrfHeader: string;
  readonly users: readonly VirtualUser[];
  readonly warmupSeconds: number;
  readonly seconds: number;
  /** Name prefixes a caseworker types in the search box. */
  readonly surnames: readonly string[];
}

/** What the worker thread sends back after the timed run. */
export interface LoadOutcome {
  readonly seconds: number;
  /** Latencies (ms) of answers with HTTP 200, per request type. */
  readonly samples: Record<string, number[]>;
  /** Non-200 answers and network errors per request type, by status ('network' for a socket error). */
  readonly errors: Record<string, Record<string, number>>;
  /** GETs sent a second time after a reset on a reused keep-alive socket, per request type. */
  readonly retried: Record<string, number>;
  /** The first error body seen per request type (300 characters). */
  readonly firstErrors: Record<string, string>;
  /** Share of the worker thread's wall time its event loop was busy (1 = saturated client). */
  readonly clientEventLoopUtilization: number;
}
