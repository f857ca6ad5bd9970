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

/** Democratic reviews, income checks, notices and higher reviews (router `review`). */
export function reviewSections(inbox: ReviewInbox, names: Map<string, string>): InboxSectionData[] {
  const caseRow =
    (status: InboxRow['status']) =>
    (c: { householdId: string; headName: string; orgId: string }): InboxRow => ({
      householdId: c.householdId,
      headName: c.headName,
      orgName: names.get(c.orgId) ?? null,
      status,
      since: null,
    });
  const byHousehold = (householdId: string, extra: string): InboxRow => ({
    householdId,
    // The review inbox gives no name for notices and objections; the case page shows it.
    headName: `#${householdId.slice(-8)}`,
    orgName: null,
    status: 'PUBLIC_NOTICE',
    since: null,
    extra,
  });
  return [
    list('democratic', 'id.section.democratic', inbox.democraticReviews.map(caseRow('DEMOCRATIC_REVIEW'))),
    list('income-checks', 'id.section.incomeChecks', inbox.incomeChecks.map(caseRow('INCOME_CHECK'))),
    list(
      'notices-ending',
      'id.section.noticesEnding',
      inbox.noticesEndingSoon.map((n) => byHousehold(n.householdId, ` ${n.endDate}`)),
    ),
    list(
      'objections',
      'id.section.objections',
      inbox.openObjections.map((o) => byHousehold(o.householdId, ` ${o.receivedOn}`)),
    ),
    list('higher-reviews', 'id.section.higherReviews', inbox.higherReviews.map(caseRow('HIGHER_REVIEW'))),
  ];
}
