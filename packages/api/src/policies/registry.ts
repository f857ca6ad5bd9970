import type { Label } from '@bangfu/domain';
import type { z } from 'zod';

export interface PolicyKind {
  readonly label: Label;
  readonly schema: z.ZodType<unknown>;
  readonly fallback: unknown;
}

/**
 * Every policy an admin may edit, by kind. Each area adds its own entry; the policies router
 * validates a published body with the entry's schema.
 */
export const POLICY_REGISTRY: Record<string, PolicyKind> = {};
