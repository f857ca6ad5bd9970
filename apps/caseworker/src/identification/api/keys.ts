/** Cache keys of the 精准识别 screens; everything sits under 'identification' for one invalidation. */
export const identKeys = {
  all: ['identification'] as const,
  inbox: ['identification', 'inbox'] as const,
  reviewInbox: ['identification', 'review', 'inbox'] as const,
  oversightInbox: ['identification', 'oversight', 'inbox'] as const,
  caseDetail: (id: string) => ['identification', 'case', id] as const,
  timeline: (id: string) => ['identification', 'timeline', id] as const,
  attachments: (id: string) => ['identification', 'attachments', id] as const,
  attachment: (id: string) => ['identification', 'attachment', id] as const,
  notices: (householdId: string) => ['identification', 'notices', householdId] as const,
  noticeSheet: (orgId: string, date: string) => ['identification', 'noticeSheet', orgId, date] as const,
  declarations: ['identification', 'declarations'] as const,
  staff: (role: string) => ['identification', 'staff', role] as const,
  visits: ['identification', 'visits'] as const,
  spotChecks: ['identification', 'spotChecks'] as const,
  spotCheck: (id: string) => ['identification', 'spotChecks', id] as const,
};
