import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import { hasAnyRole, STATS_READ_ROLES } from '@bangfu/domain';
import { App, Button, Card, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import { saveXlsx } from './api/save-xlsx';
import { useProvinceReport, useReportXlsx } from './api/use-report';
import { useReportT } from './i18n/use-report-t';
import { ReportDocument } from './report-document';
import { reportQuery, useReportOptions } from './report-options';
import { ReportOptionsForm } from './report-options-form';

/** 调研报告: options, the report as an A4 document, printing and the Excel workbook. */
export function ReportPage() {
  const t = useReportT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const allowed = hasAnyRole(me.roles, STATS_READ_ROLES);
  const [options, setOptions] = useReportOptions();
  const report = useProvinceReport(options, allowed);
  const xlsx = useReportXlsx();
  if (!allowed) return <Result status="403" title={t('rep.title')} />;
  const download = () =>
    xlsx.mutate(options, {
      onSuccess: saveXlsx,
      onError: (e) => message.error(errorMessage(e, lang)),
    });
  return (
    <Card data-testid="report-page">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rep.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button
            icon={<PrinterOutlined />}
            disabled={!report.data}
            onClick={() => navigate(`/insight/report/print?${reportQuery(options)}`)}
            data-testid="report-print"
          >
            {t('rep.print')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            disabled={!report.data}
            loading={xlsx.isPending}
            onClick={download}
            data-testid="report-excel"
          >
            {t('rep.excel')}
          </Button>
        </Flex>
      </Flex>
      <ReportOptionsForm key={reportQuery(options)} value={options} onApply={setOptions} />
      {report.isPending && <Skeleton active paragraph={{ rows: 12 }} />}
      {report.isError && <QueryError error={report.error} onRetry={() => report.refetch()} />}
      {report.data &&
        (report.data.total.households === 0 ? (
          <Empty description={t('rep.empty')} data-testid="report-empty" />
        ) : (
          <div style={{ background: '#f0f2f5', padding: 16 }}>
            <ReportDocument report={report.data} />
          </div>
        ))}
    </Card>
  );
}
