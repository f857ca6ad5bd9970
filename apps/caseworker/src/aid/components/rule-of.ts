import { errorData } from '@bangfu/client';
import type { Label } from '@bangfu/domain';

export interface BrokenRule {
  code: string;
  label: Label;
  policyVersion: number | undefined;
}

const isLabel = (v: unknown): v is Label =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Label).zh === 'string' &&
  typeof (v as Label).en === 'string';

/** The programme rule a RULE_VIOLATION names in its details ({ rule: {code, label}, policyVersion }). */
export function ruleOf(error: unknown): BrokenRule | null {
  const details = errorData(error)?.details;
  const rule = details?.rule as { code?: unknown; label?: unknown } | undefined;
  if (!rule || typeof rule.code !== 'string' || !isLabel(rule.label)) return null;
  const v = details?.policyVersion;
  return { code: rule.code, label: rule.label, policyVersion: typeof v === 'number' ? v : undefined };
}
