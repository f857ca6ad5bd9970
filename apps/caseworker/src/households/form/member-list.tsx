import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form } from 'antd';
import { useT } from '../../i18n/use-t';
import { newMember } from './form-values';
import { MemberCard } from './member-card';

/** Up to 20 family members (the schema's limit); the worker (本人) is the first. */
const MAX_MEMBERS = 20;

export function MemberList() {
  const t = useT();
  return (
    <Card size="small" title={t('sectionMembers')}>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <MemberCard
                key={field.key}
                name={field.name}
                index={index}
                onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
              />
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_MEMBERS}
              onClick={() => add(newMember())}
              data-testid="member-add"
            >
              {t('addMember')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
