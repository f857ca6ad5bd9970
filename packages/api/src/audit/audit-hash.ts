import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedAuditFields {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_org_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  purpose: string | null;
  ip: string | null;
}

/** hash = SHA-256(previous hash ‖ canonical JSON of the event). */
export function auditHash(prevHash: string, e: HashedAuditFields): string {
  const body = canonicalJson({
    id: e.id,
    at: e.at,
    actor_id: e.actor_id,
    actor_role: e.actor_role,
    actor_org_id: e.actor_org_id,
    action: e.action,
    entity_type: e.entity_type,
    entity_id: e.entity_id,
    before: e.before ?? null,
    after: e.after ?? null,
    purpose: e.purpose,
    ip: e.ip,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}
