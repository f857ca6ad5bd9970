import {
  type HardshipCategory,
  maskNameForNotice,
  type NoticeDocument,
  NoticeScope,
  renderNotice,
} from '@bangfu/domain';
import { z } from 'zod';

/** The 12351 职工服务热线 answers for every union that has not set a hotline of its own. */
export const DEFAULT_UNION_HOTLINE = '12351';

/** What a notice stores: already masked, so the snapshot itself holds no personal data. */
export const NoticeContentSchema = z.object({
  orgName: z.string(),
  hotline: z.string(),
  scopes: z.array(NoticeScope.schema),
  start: z.string(),
  end: z.string(),
  entries: z.array(z.object({ headName: z.string(), category: z.string() })),
});
export type NoticeContent = z.infer<typeof NoticeContentSchema>;

export function noticeContent(input: {
  orgName: string;
  hotline: string | null;
  scopes: NoticeScope[];
  start: string;
  end: string;
  headName: string;
  category: string;
}): NoticeContent {
  return {
    orgName: input.orgName,
    hotline: input.hotline || DEFAULT_UNION_HOTLINE,
    scopes: input.scopes,
    start: input.start,
    end: input.end,
    entries: [{ headName: maskNameForNotice(input.headName), category: input.category }],
  };
}

/** Renders stored snapshots (one period) as one printable document. */
export function renderStoredNotices(contents: readonly NoticeContent[], lang: 'zh' | 'en'): NoticeDocument {
  const first = contents[0];
  if (!first) throw new Error('renderStoredNotices needs at least one notice');
  return renderNotice(
    {
      orgName: first.orgName,
      hotline: first.hotline,
      scopes: first.scopes.map((s) => NoticeScope.label(s, lang)),
      start: first.start,
      end: first.end,
      entries: contents.flatMap((c) =>
        c.entries.map((e) => ({ headName: e.headName, category: e.category as HardshipCategory })),
      ),
    },
    lang,
  );
}
