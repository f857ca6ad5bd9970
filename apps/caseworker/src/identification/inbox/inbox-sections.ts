import type { IdentInbox, ReviewInbox } from '../api/types';
import type { InboxRow, InboxSectionData } from './inbox-types';

type Queue = IdentInbox['myDrafts'];

const fromQueue = (key: string, title: InboxSectionData['title'], q: Queue): InboxSectionData => ({
  key,
  title,
  count: q.count,
  rows: q.items.map((i) => ({
    householdId: i.householdId,
    headName: i.headName,
    orgName: i.orgName,
    status: i.status,
    since: i.statusSince,
  })),
});

/** Application, preliminary review, surveys and assessments (router `identification`). */
export function identificationSections(inbox: IdentInbox): InboxSectionData[] {
  return [
    fromQueue('my-drafts', 'id.section.myApplications', inbox.myDrafts),
    fromQueue('preliminary', 'id.section.preliminary', inbox.awaitingPreliminaryReview),
    fromQueue('surveys', 'id.section.surveys', inbox.mySurveys),
    fromQueue('assessments', 'id.section.assessments', inbox.awaitingDecision),
  ];
}

const list = (key: string, title: InboxSectionData['title'], rows: InboxRow[]): InboxSectionData => ({
  key,
  title,
  count: rows.length,
  rows,
});

type Named = { householdId: string; headName: string; orgName: string };

const row = (status: InboxRow['status'], c: Named, extra: string | null = null): InboxRow => ({
  householdId: c.householdId,
  headName: c.headName,
  orgName: c.orgName,
  status,
  since: null,
  extra,
});

/** Democratic reviews, income checks, notices and higher reviews (router `review`). */
export function reviewSections(inbox: ReviewInbox): InboxSectionData[] {
  return [
    list(
      'democratic',
      'id.section.democratic',
      inbox.democraticReviews.map((c) => row('DEMOCRATIC_REVIEW', c)),
    ),
    list(
      'income-checks',
      'id.section.incomeChecks',
      inbox.incomeChecks.map((c) => row('INCOME_CHECK', c)),
    ),
    list(
      'notices-ending',
      'id.section.noticesEnding',
      inbox.noticesEndingSoon.map((n) => row('PUBLIC_NOTICE', n, ` ${n.endDate}`)),
    ),
    list(
      'objections',
      'id.section.objections',
      inbox.openObjections.map((o) => row('PUBLIC_NOTICE', o, ` ${o.receivedOn}`)),
    ),
    list(
      'higher-reviews',
      'id.section.higherReviews',
      inbox.higherReviews.map((c) => row('HIGHER_REVIEW', c)),
    ),
  ];
}
