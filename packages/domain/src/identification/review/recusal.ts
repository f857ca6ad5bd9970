import type { DeclarationKind, RecusalReason } from './enums';

/** What a declaration says, as stored: ID numbers only by blind index, employers normalised. */
export interface DeclarationFact {
  readonly kind: DeclarationKind;
  readonly idNumberBidx: string | null;
  readonly employerNameNorm: string | null;
}

/** Everything the recusal rule needs about one person and one case. */
export interface RecusalFacts {
  readonly personId: string;
  readonly declarations: readonly DeclarationFact[];
  /** Blind indexes of the household members' ID numbers. */
  readonly memberIdBidxs: readonly string[];
  /** The household's employer, normalised with `normaliseEmployerName`. */
  readonly householdEmployerNorm: string | null;
  /** Surveyors of record (every START_SURVEY of the case). */
  readonly surveyorIds: readonly string[];
  /** Who registered the file (household.created_by). */
  readonly registrarId: string | null;
}

/**
 * 回避: the reasons a person may not review, vote on or approve this case, in enum order; an
 * empty list means they may. Segregation of duties (brief §3.2) plus declared conflicts.
 */
export function findRecusalReasons(facts: RecusalFacts): RecusalReason[] {
  const members = new Set(facts.memberIdBidxs);
  const declares = (kind: DeclarationKind): boolean =>
    facts.declarations.some((d) => d.kind === kind && d.idNumberBidx !== null && members.has(d.idNumberBidx));
  const employer = facts.householdEmployerNorm;
  const found: Record<RecusalReason, boolean> = {
    SELF_IS_MEMBER: declares('SELF'),
    DECLARED_RELATIVE: declares('RELATIVE'),
    SAME_EMPLOYER:
      !!employer && facts.declarations.some((d) => d.kind === 'EMPLOYER' && d.employerNameNorm === employer),
    SURVEYOR_OF_CASE: facts.surveyorIds.includes(facts.personId),
    REGISTRAR_OF_CASE: facts.registrarId === facts.personId,
  };
  return (Object.keys(found) as RecusalReason[]).filter((r) => found[r]);
}

// Legal-form suffixes that do not tell two employers apart.
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|集团公司|公司|厂)$/;

/**
 * A comparable employer name: full-width to half-width, no spaces or punctuation, lower case,
 * without a trailing legal form ('遵义某机械厂' and '遵义某机械 厂' compare equal).
 */
export function normaliseEmployerName(name: string | null | undefined): string | null {
  if (!name) return null;
  const halfWidth = name.normalize('NFKC').toLowerCase();
  const compact = halfWidth.replace(/[\s\p{P}\p{S}]/gu, '');
  const bare = compact.replace(LEGAL_FORM, '');
  return bare || compact || null;
}
