import { HardshipCategory } from '../../household/enums';
import { maskNameForNotice } from '../../privacy';

type Lang = 'zh' | 'en';

/** What a notice shows about one household: the head's name (masked here) and the category. */
export interface NoticeEntry {
  readonly headName: string;
  readonly category: HardshipCategory;
}

export interface NoticeInput {
  readonly orgName: string;
  /** Where it is posted (UNIT, COMMUNITY…), as labels in the language wanted. */
  readonly scopes: readonly string[];
  readonly start: string;
  readonly end: string;
  /** Where objections go: the union's hotline. */
  readonly hotline: string;
  readonly entries: readonly NoticeEntry[];
}

/** A printable 公示单: nothing but masked names and categories (PIPL art. 25, brief §11.2). */
export interface NoticeDocument {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly columns: readonly string[];
  readonly rows: readonly (readonly [seq: string, name: string, category: string])[];
  readonly footer: string;
}

/**
 * Renders a notice. Names are masked whatever the caller passes (masking is idempotent), and
 * the entry type has no room for ID numbers, income, illness, address or bank data.
 */
export function renderNotice(input: NoticeInput, lang: Lang = 'zh'): NoticeDocument {
  const rows = input.entries.map(
    (e, i) =>
      [String(i + 1), maskNameForNotice(e.headName), HardshipCategory.label(e.category, lang)] as const,
  );
  const places = input.scopes.join(lang === 'zh' ? '、' : ', ');
  if (lang === 'en') {
    return {
      title: `${input.orgName}: public notice of households in hardship`,
      paragraphs: [
        `The households below have passed the survey, democratic review and income check and are proposed for filing as households in hardship.`,
        `Posted at: ${places}. Notice period: ${input.start} to ${input.end}.`,
        `Anyone with an objection may contact the union on ${input.hotline} during the notice period.`,
      ],
      columns: ['No.', 'Name', 'Category'],
      rows,
      footer: `${input.orgName}, ${input.start}`,
    };
  }
  return {
    title: `${input.orgName}困难职工家庭建档公示`,
    paragraphs: [
      '经入户调查、民主评议和家庭经济状况核对，拟将下列职工家庭认定为困难职工家庭，现予公示。',
      `公示范围：${places}。公示期：${input.start}至${input.end}。`,
      `公示期间如有异议，请向工会反映，联系电话：${input.hotline}。`,
    ],
    columns: ['序号', '姓名', '困难类别'],
    rows,
    footer: `${input.orgName} ${input.start}`,
  };
}
