import type { Api } from './api-client';

type OutputsOf<T> = {
  [K in keyof T]: T[K] extends { query: (...args: never[]) => Promise<infer O> }
    ? O
    : T[K] extends { mutate: (...args: never[]) => Promise<infer O> }
      ? O
      : OutputsOf<T[K]>;
};

type InputsOf<T> = {
  [K in keyof T]: T[K] extends { query: (input: infer I, ...rest: never[]) => unknown }
    ? I
    : T[K] extends { mutate: (input: infer I, ...rest: never[]) => unknown }
      ? I
      : InputsOf<T[K]>;
};

/**
 * What each procedure returns and takes, read off the client type so the SPAs need neither
 * `@trpc/server` nor a runtime import of the api package: `RouterOutputs['households']['get']`.
 */
export type RouterOutputs = OutputsOf<Api>;
export type RouterInputs = InputsOf<Api>;
