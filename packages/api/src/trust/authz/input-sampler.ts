import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

/** A field that names a stored object: `id`, `…Id`, `…Ids`. */
export const isIdField = (name: string): boolean => name === 'id' || /Ids?$/.test(name);

/** Gives the id to put in a field (by the field's name), or null for a random one. */
export type IdSource = (field: string) => string | null;

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const accepts = (s: z.ZodType, v: unknown): boolean => s.safeParse(v).success;
const isUuid = (s: unknown): boolean => (s as { format?: string }).format === 'uuid';
const minOf = (s: unknown): number | undefined =>
  (s as { _zod: { bag: { minimum?: number; minLength?: number } } })._zod.bag.minimum ??
  (s as { _zod: { bag: { minLength?: number } } })._zod.bag.minLength;

const STRINGS = ['2026-11-29', '2026-11', '测试说明', 'TRUST-1', '13812341234', '520302', 'abcdefghij123456'];

function sampleString(s: z.ZodType, field: string, ids: IdSource): string {
  if (isUuid(s)) return ids(field) ?? randomUUID();
  const min = minOf(s) ?? 1;
  const long = `trust-${'x'.repeat(Math.max(0, min))}`;
  return [...STRINGS, 'a'.repeat(min), long].find((c) => accepts(s, c)) ?? long;
}

function sampleNumber(s: z.ZodType): number {
  const min = minOf(s);
  return [1, min ?? 1, 2026, 0, 100].find((c) => accepts(s, c)) ?? 1;
}

/**
 * A plausible input for a zod schema: required fields filled with the first value the schema
 * accepts, optional ones left out unless they name an object; id fields from `ids`.
 */
export function sampleInput(schema: z.ZodType, ids: IdSource, field = ''): unknown {
  const def = defOf(schema);
  const inner = (key: string) => sampleInput(def[key] as z.ZodType, ids, field);
  switch (def.type) {
    case 'optional':
      return isIdField(field) ? inner('innerType') : undefined;
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return sampleInput((def.getter as () => z.ZodType)(), ids, field);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const value = sampleInput(v, ids, k);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case 'array': {
      const n = Math.max(1, minOf(schema) ?? 1);
      return Array.from({ length: n }, () => inner('element'));
    }
    case 'tuple':
      return (def.items as z.ZodType[]).map((i) => sampleInput(i, ids, field));
    case 'union': {
      const options = (def.options as z.ZodType[]).map((o) => sampleInput(o, ids, field));
      return options.find((o) => accepts(schema, o)) ?? options[0];
    }
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'string':
      return sampleString(schema, field, ids);
    case 'number':
    case 'int':
      return sampleNumber(schema);
    case 'boolean':
      return false;
    case 'record':
      return {};
    default:
      return undefined;
  }
}

/** The names of every id field (uuid-valued `id`/`…Id`/`…Ids`) anywhere in the schema. */
export function idFieldsOf(schema: z.ZodType | null, field = '', seen = new Set<unknown>()): string[] {
  if (!schema || seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (s: unknown, name = field) => idFieldsOf(s as z.ZodType, name, seen);
  if (def.type === 'string') return isUuid(schema) && isIdField(field) ? [field] : [];
  if (def.type === 'object')
    return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => walk(v, k));
  if (def.type === 'lazy') return walk((def.getter as () => unknown)());
  const children = ['innerType', 'in', 'element', 'options', 'items'].flatMap((k) => {
    const v = def[k];
    return Array.isArray(v) ? v : v ? [v] : [];
  });
  return [...new Set(children.flatMap((c) => walk(c)))];
}
