import { labelIn, useLang } from '@bangfu/client';
import { Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import type { Question } from '../question-label';

/** One questionnaire item as a form field under `answers.<code>`; money is typed in yuan. */
export function AnswerField({ q }: { q: Question }) {
  const { lang } = useLang();
  const label = `${q.code}. ${labelIn(q.text, lang)}`;
  const common = { name: ['answers', q.code], label, required: q.required };
  if (q.kind === 'CHOICE') {
    const options = q.options.map((o) => ({ value: o.code, label: labelIn(o.label, lang) }));
    return (
      <Form.Item {...common}>
        {q.multiple ? <Checkbox.Group options={options} /> : <Radio.Group options={options} />}
      </Form.Item>
    );
  }
  if (q.kind === 'NUMBER') {
    return (
      <Form.Item {...common}>
        {q.money ? (
          <InputNumber<string> stringMode precision={2} min="0" prefix="¥" style={{ width: 220 }} />
        ) : (
          <InputNumber precision={0} min={q.min} max={q.max} style={{ width: 220 }} />
        )}
      </Form.Item>
    );
  }
  return (
    <Form.Item {...common}>
      <Input.TextArea maxLength={q.maxLength} showCount autoSize={{ minRows: 1, maxRows: 6 }} />
    </Form.Item>
  );
}
