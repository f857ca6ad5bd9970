import { PrinterOutlined } from '@ant-design/icons';
import { labelKey, useLang } from '@bangfu/client';
import { NOTICE_READ_ROLES, PRINT_NOTICE_ROLES } from '@bangfu/domain';
import { Button, Card, DatePicker, Empty, Flex, Form, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { QueryError } from '../../components/query-error';
import { useNoticeSheet } from '../api/use-notices';
import { isoDate, today } from '../components/dates';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { NoticeDocumentView } from './notice-document-view';
import { NoticeList } from './notice-list';
import './notice-sheet.css';

/** 公示: the notices a union has open on a day, as they are posted, with the print view. */
export function NoticesPage() {
  const t = useIdentT();
  const { lang } = useLang();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<string>(me.org.id);
  const [day, setDay] = useState(today());
  const date = isoDate(day) ?? '';
  const sheet = useNoticeSheet(orgId, date, labelKey(lang));
  const readsList = useHasRole(NOTICE_READ_ROLES);
  if (!useHasRole(PRINT_NOTICE_ROLES)) return <IdentNotAllowed />;
  return (
    <Card title={t('id.notices.title')} data-testid="notices-page">
      <Flex wrap gap={8} align="end" style={{ marginBottom: 16 }}>
        <Form.Item label={t('id.notices.org')} style={{ marginBottom: 0 }}>
          <OrgTreeSelect value={orgId} onChange={setOrgId} style={{ width: 280 }} data-testid="notices-org" />
        </Form.Item>
        <Form.Item label={t('id.notices.date')} style={{ marginBottom: 0 }}>
          <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
        </Form.Item>
        <Button
          icon={<PrinterOutlined />}
          onClick={() => navigate(`/identification/notices/print?org=${orgId}&date=${date}`)}
          data-testid="notices-print"
        >
          {t('id.notices.print')}
        </Button>
      </Flex>
      {readsList && <NoticeList orgId={orgId} />}
      <Typography.Title level={5}>{t('id.notices.sheet')}</Typography.Title>
      {sheet.isPending && <Spin />}
      {sheet.isError && <QueryError error={sheet.error} onRetry={() => sheet.refetch()} />}
      {sheet.data?.documents.length === 0 && <Empty description={t('id.notices.empty')} />}
      {sheet.data?.documents.map((doc) => (
        <NoticeDocumentView key={`${doc.title}-${doc.paragraphs[1]}`} doc={doc} />
      ))}
    </Card>
  );
}
