import type { SurveyQuestion } from '@bangfu/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { Campaign, CampaignInput } from '../api/types';

/** The editor's values: like the wire, but with a date range and money bounds in whole yuan. */
export interface CampaignFormValues {
  title?: string;
  year?: number;
  period?: [Dayjs, Dayjs];
  teams?: {
    name?: string;
    leaderId?: string;
    memberIds?: string[];
    regions?: { orgId?: string; target?: number | null }[];
  }[];
  questions?: Partial<SurveyQuestion & { kind: string }>[];
}

const YUAN = 100;

/** Unticked checkboxes come back undefined; the schema wants booleans. */
function boundsToWire(q: Record<string, unknown>): Record<string, unknown> {
  if (q.kind === 'CHOICE') return { ...q, multiple: Boolean(q.multiple) };
  if (q.kind !== 'NUMBER') return q;
  if (!q.money) return { ...q, money: false };
  const fen = (v: unknown) => (typeof v === 'number' ? v * YUAN : v);
  return { ...q, min: fen(q.min), max: fen(q.max) };
}

/** Editor values → the create/update input; the schema check comes after, on exactly this. */
export function toCampaignInput(v: CampaignFormValues): unknown {
  return {
    title: v.title,
    year: v.year,
    periodStart: v.period?.[0]?.format('YYYY-MM-DD'),
    periodEnd: v.period?.[1]?.format('YYYY-MM-DD'),
    teams: (v.teams ?? []).map((t) => ({
      ...t,
      memberIds: t.memberIds ?? [],
      regions: (t.regions ?? []).map((r) => ({ orgId: r.orgId, target: r.target ?? null })),
    })),
    questions: (v.questions ?? []).map((q) =>
      boundsToWire({ required: false, ...q } as Record<string, unknown>),
    ),
  };
}

export function questionsToForm(questions: readonly SurveyQuestion[]): CampaignFormValues['questions'] {
  return questions.map((q) =>
    q.kind === 'NUMBER' && q.money
      ? { ...q, min: Math.floor(q.min / YUAN), max: Math.floor(q.max / YUAN) }
      : q,
  );
}

export function campaignToForm(c: Campaign): CampaignFormValues {
  return {
    title: c.title,
    year: c.year,
    period: [dayjs(c.periodStart), dayjs(c.periodEnd)],
    teams: c.teams.map((t) => ({
      name: t.name,
      leaderId: t.leaderId,
      memberIds: t.members.map((m) => m.id).filter((id) => id !== t.leaderId),
      regions: t.regions.map((r) => ({ orgId: r.orgId, target: r.target })),
    })),
    questions: questionsToForm(c.questions),
  };
}

export type { CampaignInput };
