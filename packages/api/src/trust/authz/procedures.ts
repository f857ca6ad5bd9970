import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { Context } from '../../context';
import { appRouter, createCaller } from '../../root';
import type { Meta, Policy } from '../../trpc';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation';
  policy: Policy;
  input: z.ZodType | null;
}

type RawProcedure = { _def: { meta?: Meta; type: 'query' | 'mutation'; inputs?: z.ZodType[] } };

/** Every procedure of the router with its policy and (first) input schema. */
export const PROCEDURES: ProcedureInfo[] = Object.entries(
  appRouter._def.procedures as unknown as Record<string, RawProcedure>,
).map(([path, p]) => ({
  path,
  type: p._def.type,
  policy: p._def.meta?.policy ?? { kind: 'public' },
  input: p._def.inputs?.[0] ?? null,
}));

export type Caller = ReturnType<typeof createCaller>;

export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (i: unknown) => Promise<unknown>)(input);
}

export function callerFor(ctx: Context): Caller {
  return createCaller(ctx);
}

/** What a caller learns from an answer: success, or the error's code, message and field errors. */
export interface Outcome {
  ok: boolean;
  code: string;
  domainCode?: string;
  message?: string;
  fieldErrors?: unknown;
  details?: unknown;
  value?: unknown;
}

export async function outcomeOf(p: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, code: 'OK', value: await p };
  } catch (e) {
    if (!(e instanceof TRPCError)) return { ok: false, code: 'THREW', message: String(e) };
    const cause = e.cause as { code?: string; details?: { fieldErrors?: unknown } } | undefined;
    const zodIssues = (cause as { issues?: { path: unknown[]; message: string }[] } | undefined)?.issues;
    const { fieldErrors, ...details } = cause?.details ?? {};
    return {
      ok: false,
      code: e.code,
      domainCode: cause?.code ?? (zodIssues ? 'VALIDATION' : e.code),
      message: e.message,
      fieldErrors: fieldErrors ?? zodIssues?.map((i) => [i.path.join('.'), i.message]),
      details: Object.keys(details).length > 0 ? details : undefined,
    };
  }
}

/** The part of an outcome a caller can see, with ids replaced, to compare two answers. */
export function visible(o: Outcome, ids: string[]): string {
  let text = JSON.stringify({ ...o, value: undefined });
  for (const id of ids) text = text.split(id).join('<id>');
  return text;
}
