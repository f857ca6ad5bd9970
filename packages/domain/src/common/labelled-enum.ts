import { z } from 'zod';

/** A bilingual label: Chinese first (the UI's default language), English beside it. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

export interface LabelledEnum<K extends string> {
  readonly values: readonly [K, ...K[]];
  readonly labels: Readonly<Record<K, Label>>;
  readonly schema: z.ZodEnum<{ [P in K]: P }>;
  label(value: K, lang?: 'zh' | 'en'): string;
}

/**
 * Defines an enum once, with its bilingual labels, so that the schema, the forms and the
 * reports all read the same list. Order of keys is display order.
 */
export function defineEnum<K extends string>(labels: Record<K, Label>): LabelledEnum<K> {
  const values = Object.keys(labels) as K[];
  if (values.length === 0) throw new Error('defineEnum needs at least one value');
  const tuple = values as unknown as readonly [K, ...K[]];
  return {
    values: tuple,
    labels,
    schema: z.enum(tuple as unknown as [K, ...K[]]) as unknown as z.ZodEnum<{ [P in K]: P }>,
    label: (value, lang = 'zh') => labels[value][lang],
  };
}

export type EnumValue<E> = E extends LabelledEnum<infer K> ? K : never;
