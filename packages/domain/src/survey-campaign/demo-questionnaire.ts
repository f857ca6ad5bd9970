import type { SurveyQuestion } from './questionnaire-schema';

/** A small 四看 questionnaire (brief §8.2, urban adaptation) used by tests and the demo. */
export const SURVEY_DEMO_QUESTIONS: SurveyQuestion[] = [
  {
    code: 'housing',
    kind: 'CHOICE',
    text: { zh: '住房类型', en: 'Housing' },
    required: true,
    multiple: false,
    options: [
      { code: 'OWN', label: { zh: '自有住房', en: 'Own' } },
      { code: 'RENTED', label: { zh: '租住', en: 'Rented' } },
      { code: 'NONE', label: { zh: '无固定住所', en: 'None' } },
    ],
  },
  {
    code: 'causes',
    kind: 'CHOICE',
    text: { zh: '致困原因', en: 'Causes' },
    required: false,
    multiple: true,
    options: [
      { code: 'ILLNESS', label: { zh: '因病', en: 'Illness' } },
      { code: 'SCHOOL', label: { zh: '因学', en: 'Schooling' } },
      { code: 'JOBLESS', label: { zh: '失业', en: 'Jobless' } },
    ],
  },
  {
    code: 'income',
    kind: 'NUMBER',
    text: { zh: '家庭月收入(元)', en: 'Monthly income' },
    required: true,
    min: 0,
    max: 10_000_000,
    money: true,
  },
  {
    code: 'workers',
    kind: 'NUMBER',
    text: { zh: '劳动力人数', en: 'Working-age members' },
    required: false,
    min: 0,
    max: 20,
    money: false,
  },
  { code: 'note', kind: 'TEXT', text: { zh: '走访情况', en: 'Visit notes' }, required: false, maxLength: 20 },
];
