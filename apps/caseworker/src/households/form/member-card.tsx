import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Row } from 'antd';
import { useT } from '../../i18n/use-t';
import { Cell } from './form-grid';
import { MemberDetailFields } from './member-detail-fields';

interface MemberCardProps {
  /** The Form.List field name (its index in the list's store). */
  name: number;
  index: number;
  onRemove?: () => void;
}

/** One family member: identity here, the rest in MemberDetailFields. */
export function MemberCard({ name, index, onRemove }: MemberCardProps) {
  const t = useT();
  const idMasked = Form.useWatch<string | undefined>(['members', name, 'idNumberMasked'], { preserve: true });
  const phoneMasked = Form.useWatch<string | null | undefined>(['members', name, 'phoneMasked'], {
    preserve: true,
  });
  return (
    <Card
      type="inner"
      size="small"
      title={t('memberTitle', { n: index + 1 })}
      data-testid={`member-${index}`}
      extra={
        onRemove && (
          <Button
            size="small"
            danger
            type="text"
            icon={<DeleteOutlined />}
            onClick={onRemove}
            data-testid={`member-remove-${index}`}
          >
            {t('removeMember')}
          </Button>
        )
      }
    >
      <Form.Item name={[name, 'id']} hidden>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Cell>
          <Form.Item name={[name, 'name']} label={t('field.name')} required>
            <Input maxLength={50} data-testid={`member-name-${index}`} />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item
            name={[name, 'idNumber']}
            label={t('field.idNumber')}
            required={!idMasked}
            extra={idMasked ? t('idKeepHint', { masked: idMasked }) : t('derivedHint')}
          >
            <Input
              maxLength={18}
              autoComplete="off"
              placeholder={idMasked}
              data-testid={`member-id-number-${index}`}
            />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item
            name={[name, 'phone']}
            label={t('field.phone')}
            extra={phoneMasked ? t('phoneKeepHint', { masked: phoneMasked }) : undefined}
          >
            <Input maxLength={11} inputMode="tel" autoComplete="off" placeholder={phoneMasked ?? undefined} />
          </Form.Item>
        </Cell>
      </Row>
      <MemberDetailFields name={name} index={index} />
    </Card>
  );
}
