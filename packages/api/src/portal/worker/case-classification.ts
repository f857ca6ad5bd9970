import { type Classification, explainText, HardshipCategory, type Label } from '@bangfu/domain';
import { z } from 'zod';

const LabelSchema = z.object({ zh: z.string(), en: z.string() });
const LineSchema = z.object({
  code: z.string(),
  label: LabelSchema,
  valueFen: z.number().optional(),
  thresholdFen: z.number().optional(),
  count: z.number().optional(),
  passed: z.boolean().optional(),
  note: LabelSchema.optional(),
});
// Read leniently: the payload was written by another area, and a missing field must not break the page.
const PayloadSchema = z.object({
  classification: z.object({
    category: HardshipCategory.schema.nullable().optional(),
    pcniFen: z.number().optional(),
    explanation: z.array(LineSchema).default([]),
  }),
  policyVersion: z.number().optional(),
});

export interface CaseClassificationDto {
  category: HardshipCategory | null;
  categoryLabel: Label | null;
  pcniFen: number | null;
  policyVersion: number | null;
  lines: z.infer<typeof LineSchema>[];
  /** The same explanation as plain sentences, in both languages. */
  text: Label;
}

/** The classification explanation stored on the COMPLETE_SURVEY step, for the worker to read. */
export function caseClassification(payload: unknown): CaseClassificationDto | null {
  const parsed = PayloadSchema.safeParse(payload);
  if (!parsed.success) return null;
  const c = parsed.data.classification;
  const category = c.category ?? null;
  const forText = { explanation: c.explanation } as Classification;
  return {
    category,
    categoryLabel: category ? HardshipCategory.labels[category] : null,
    pcniFen: c.pcniFen ?? null,
    policyVersion: parsed.data.policyVersion ?? null,
    lines: c.explanation,
    text: { zh: explainText(forText, 'zh'), en: explainText(forText, 'en') },
  };
}
