/** What the review inbox returns (router `review.inbox`). */
export interface InboxCase extends NamedCase {
  version: number;
  /** INCOME_CHECK only: whether a clear result is in, so the notice can open. */
  checkRecorded?: boolean;
}
/** Staff see real names inside their scope, as on households.list; notices print them masked. */
export interface NamedCase {
  householdId: string;
  headName: string;
  orgId: string;
  orgName: string;
}
export interface InboxNotice extends NamedCase {
  noticeId: string;
  endDate: string;
}
export interface InboxObjection extends NamedCase {
  objectionId: string;
  noticeId: string;
  receivedOn: string;
}
export interface ReviewInbox {
  democraticReviews: InboxCase[];
  incomeChecks: InboxCase[];
  noticesEndingSoon: InboxNotice[];
  openObjections: InboxObjection[];
  higherReviews: InboxCase[];
}
