import { PlusOutlined } from '@ant-design/icons';
import { SURVEY_DEMO_QUESTIONS } from '@bangfu/domain';
import { Button, Form, type FormInstance, Space } from 'antd';
import { useSurveyT } from '../i18n/use-survey-t';
import type { CampaignFormValues } from './campaign-form-values';
import { questionsToForm } from './campaign-form-values';
import { QuestionEditor } from './question-editor';

/** 调查问卷 builder: ordered questions; a demo (the urban “四看”) to start from. */
export function QuestionnaireBuilder({ form }: { form: FormInstance<CampaignFormValues> }) {
  const t = useSurveyT();
  const loadDemo = () => form.setFieldsValue({ questions: questionsToForm(SURVEY_DEMO_QUESTIONS) });
  return (
    <Form.List name="questions">
      {(questions, { add, remove, move }) => (
        <>
          {questions.map((q, i) => (
            <QuestionEditor
              key={q.key}
              name={q.name}
              onRemove={() => remove(q.name)}
              onUp={i > 0 ? () => move(i, i - 1) : undefined}
            />
          ))}
          <Space>
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({
                  code: `q${questions.length + 1}`,
                  kind: 'CHOICE',
                  required: true,
                  multiple: false,
                  text: {},
                  options: [{ label: {} }, { label: {} }],
                })
              }
              data-testid="sv-question-add"
            >
              {t('sv.q.add')}
            </Button>
            <Button onClick={loadDemo} data-testid="sv-question-demo">
              {t('sv.q.demo')}
            </Button>
          </Space>
        </>
      )}
    </Form.List>
  );
}
