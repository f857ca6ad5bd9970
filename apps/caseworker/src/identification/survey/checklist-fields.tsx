import { labelIn, useLang } from '@bangfu/client';
import { type ChecklistItem, FOUR_LOOKS_SECTIONS, type FourLooksChecklist } from '@bangfu/domain';
import { Card, Form, Input, InputNumber, Radio, Select } from 'antd';
import { MoneyInput } from '../../households/form/money-input';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { fenOf } from '../components/money';
import { useIdentT } from '../i18n/use-ident-t';

/** The form's shape of a checklist: amounts as yuan text. */
export type ChecklistValues = Record<string, { answers: Record<string, string | number>; note: string }>;

interface AnswerInputProps {
  item: ChecklistItem;
  testId: string;
  /** Injected by the Form.Item around it. */
  value?: string | number;
  onChange?: (value: unknown) => void;
}

/** One checklist answer; passes the Form.Item's value and onChange on to the real input. */
function AnswerInput({ item, testId, value, onChange }: AnswerInputProps) {
  const label = useEnumLabel();
  const a = item.answer;
  const bound = { value, 'data-testid': testId };
  if (a.type === 'FEN') return <MoneyInput {...bound} onChange={(e) => onChange?.(e.target.value)} />;
  if (a.type === 'COUNT') return <InputNumber {...bound} min={0} max={100} onChange={(v) => onChange?.(v)} />;
  if (a.type === 'TEXT')
    return <Input {...bound} maxLength={500} onChange={(e) => onChange?.(e.target.value)} />;
  const options = a.choices.values.map((v) => ({ value: v, label: label(a.choices, v) }));
  return options.length <= 4 ? (
    <Radio.Group {...bound} options={options} onChange={(e) => onChange?.(e.target.value)} />
  ) : (
    <Select {...bound} options={options} onChange={(v) => onChange?.(v)} style={{ minWidth: 200 }} />
  );
}

/** 四看清单: every look and item of the urban adaptation (brief §8.2), a note per look. */
export function ChecklistFields({ prefix }: { prefix: (string | number)[] }) {
  const { lang } = useLang();
  const t = useIdentT();
  return (
    <>
      {FOUR_LOOKS_SECTIONS.map((s) => (
        <Card
          key={s.look}
          size="small"
          type="inner"
          title={labelIn(s.label, lang)}
          style={{ marginBottom: 8 }}
        >
          {s.items.map((item) => (
            <Form.Item
              key={item.key}
              name={[...prefix, s.look, 'answers', item.key]}
              label={labelIn(item.label, lang)}
              required
            >
              <AnswerInput item={item} testId={`look-${s.look}-${item.key}`} />
            </Form.Item>
          ))}
          <Form.Item name={[...prefix, s.look, 'note']} label={t('id.survey.lookNote')} required>
            <Input.TextArea rows={1} maxLength={2000} data-testid={`look-${s.look}-note`} />
          </Form.Item>
        </Card>
      ))}
    </>
  );
}

/** The checklist as the schema wants it: amounts in fen. */
export function toChecklist(values: ChecklistValues | undefined): FourLooksChecklist {
  const out: Record<string, { answers: Record<string, unknown>; note: string }> = {};
  for (const s of FOUR_LOOKS_SECTIONS) {
    const v = values?.[s.look];
    const answers: Record<string, unknown> = {};
    for (const item of s.items) {
      const raw = v?.answers?.[item.key];
      answers[item.key] = item.answer.type === 'FEN' ? fenOf(raw) : raw;
    }
    out[s.look] = { answers, note: v?.note ?? '' };
  }
  return out as FourLooksChecklist;
}
