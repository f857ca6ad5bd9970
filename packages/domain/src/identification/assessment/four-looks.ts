import { z } from 'zod';
import type { Label } from '../../common/labelled-enum';
import { defineEnum, type LabelledEnum } from '../../common/labelled-enum';
import { FenSchema } from '../../common/money';
import { AreaBand, HousingType, SchoolStage } from '../../household/enums';

/** 四看法 (brief §8.2), adapted for urban workers [A]. */
export const FourLook = defineEnum({
  HOUSING: { zh: '一看房', en: 'Look 1: housing' },
  LIVELIHOOD: { zh: '二看收入与消费', en: 'Look 2: income and consumption' },
  LABOUR: { zh: '三看劳动力', en: 'Look 3: labour capacity' },
  SCHOOLING: { zh: '四看读书郎', en: 'Look 4: children in school' },
});
export type FourLook = (typeof FourLook.values)[number];

const Condition = defineEnum({
  GOOD: { zh: '良好', en: 'Good' },
  FAIR: { zh: '一般', en: 'Fair' },
  POOR: { zh: '较差', en: 'Poor' },
  UNSAFE: { zh: '危房', en: 'Unsafe' },
});
const Utilities = defineEnum({
  COMPLETE: { zh: '水电气齐全', en: 'Water, power and gas' },
  PARTIAL: { zh: '部分缺失', en: 'Some missing' },
  LACKING: { zh: '基本缺失', en: 'Mostly missing' },
});
const Level = defineEnum({
  LOW: { zh: '低于周边', en: 'Below the neighbours' },
  SIMILAR: { zh: '与周边相当', en: 'Like the neighbours' },
  HIGH: { zh: '高于周边', en: 'Above the neighbours' },
});
const Durables = defineEnum({
  BASIC_MISSING: { zh: '基本家电不全', en: 'Basic appliances missing' },
  BASIC: { zh: '仅有基本家电', en: 'Basic appliances only' },
  AMPLE: { zh: '家电家具较齐全或有贵重物品', en: 'Well furnished or valuables' },
});
const Skills = defineEnum({
  NONE: { zh: '无专业技能', en: 'No trade skills' },
  BASIC: { zh: '有一般技能', en: 'Some skills' },
  CERTIFIED: { zh: '持有职业资格证书', en: 'Certified skills' },
});
const CareBurden = defineEnum({
  NONE: { zh: '无需照护', en: 'No care duties' },
  PART_TIME: { zh: '需部分时间照护', en: 'Part-time care' },
  FULL_TIME: { zh: '需专人全职照护', en: 'Full-time care' },
});

export type ChecklistAnswer =
  | { type: 'CHOICE'; choices: LabelledEnum<string> }
  | { type: 'FEN' }
  | { type: 'COUNT' }
  | { type: 'TEXT' };
export interface ChecklistItem {
  key: string;
  label: Label;
  answer: ChecklistAnswer;
}
export interface FourLooksSection {
  look: FourLook;
  label: Label;
  items: readonly ChecklistItem[];
}

const choice = (choices: LabelledEnum<string>): ChecklistAnswer => ({ type: 'CHOICE', choices });
const item = (key: string, zh: string, en: string, answer: ChecklistAnswer): ChecklistItem => ({
  key,
  label: { zh, en },
  answer,
});

export const FOUR_LOOKS_SECTIONS: readonly FourLooksSection[] = [
  {
    look: 'HOUSING',
    label: FourLook.labels.HOUSING,
    items: [
      item('housingType', '住房类型', 'Housing type', choice(HousingType)),
      item('areaBand', '建筑面积', 'Floor area', choice(AreaBand)),
      item('condition', '房屋状况', 'Condition', choice(Condition)),
      item('monthlyRentFen', '每月房租', 'Monthly rent', { type: 'FEN' }),
      item('utilities', '水电气等设施', 'Utilities', choice(Utilities)),
    ],
  },
  {
    look: 'LIVELIHOOD',
    label: FourLook.labels.LIVELIHOOD,
    items: [
      item('incomeSources', '收入来源', 'Income sources', { type: 'TEXT' }),
      item('consumptionLevel', '消费水平', 'Consumption level', choice(Level)),
      item('durableGoods', '耐用消费品', 'Durable goods', choice(Durables)),
      item('savingsFen', '存款', 'Savings', { type: 'FEN' }),
    ],
  },
  {
    look: 'LABOUR',
    label: FourLook.labels.LABOUR,
    items: [
      item('workingAgeMembers', '劳动年龄人口数', 'Working-age members', { type: 'COUNT' }),
      item('employedMembers', '就业人数', 'Members in work', { type: 'COUNT' }),
      item('skills', '劳动技能', 'Skills', choice(Skills)),
      item('illOrDisabledMembers', '患病或残疾人数', 'Ill or disabled members', { type: 'COUNT' }),
      item('careBurden', '照护负担', 'Care burden', choice(CareBurden)),
    ],
  },
  {
    look: 'SCHOOLING',
    label: FourLook.labels.SCHOOLING,
    items: [
      item('childrenInSchool', '在读子女数', 'Children in school', { type: 'COUNT' }),
      item('highestStage', '最高就读阶段', 'Highest school stage', choice(SchoolStage)),
      item('annualSchoolingFen', '年教育支出', 'Annual schooling costs', { type: 'FEN' }),
      item('educationDebtFen', '教育负债', 'Education debt', { type: 'FEN' }),
    ],
  },
];

function answerSchema(answer: ChecklistAnswer): z.ZodType {
  switch (answer.type) {
    case 'CHOICE':
      return answer.choices.schema;
    case 'FEN':
      return FenSchema;
    case 'COUNT':
      return z.number().int().min(0).max(100);
    case 'TEXT':
      return z.string().trim().min(1).max(500);
  }
}

function sectionSchema(section: FourLooksSection) {
  const answers = Object.fromEntries(section.items.map((i) => [i.key, answerSchema(i.answer)]));
  // Every item must be answered; the note records the surveyor's judgement on this look.
  return z.object({ answers: z.strictObject(answers), note: z.string().trim().min(1).max(2000) });
}

/** A filled checklist: every look, every item answered with the right type, a note per look. */
export const FourLooksChecklistSchema = z.strictObject(
  Object.fromEntries(FOUR_LOOKS_SECTIONS.map((s) => [s.look, sectionSchema(s)])) as Record<
    FourLook,
    ReturnType<typeof sectionSchema>
  >,
);
export type FourLooksChecklist = z.infer<typeof FourLooksChecklistSchema>;
