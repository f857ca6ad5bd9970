import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { downloadXlsx } from '../../aid/components/download-xlsx';
import { readFileAsBase64 } from '../../aid/components/read-file';
import type { ImportReport, Scheme } from '../api/types';
import { useEnrolmentTemplate, useImportEnrolments } from '../api/use-schemes';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaT } from '../i18n/use-ma-t';
import { ImportReportView } from './import-report';

/**
 * Excel 批量导入: the template, the file, a dry run whose row-by-row report shows every problem,
 * then the import, offered only after a clean dry run of that very file.
 */
export function ImportCard({ unitId, scheme }: { unitId: string; scheme: Scheme }) {
  const t = useMaT();
  const template = useEnrolmentTemplate();
  const runImport = useImportEnrolments();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = (dryRun: boolean) => {
    if (!file) return;
    runImport.mutate(
      { unitId, schemeId: scheme.id, termYear: scheme.termYear, fileBase64: file.base64, dryRun },
      { onSuccess: setReport },
    );
  };
  const pick = async (f: File) => {
    setFile({ name: f.name, base64: await readFileAsBase64(f) });
    setReport(null);
    return false;
  };
  const cleanDryRun = report?.dryRun === true && report.errorRowCount === 0;
  return (
    <Card size="small" title={t('ma.import.title')} data-testid="ma-import">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Button
          icon={<DownloadOutlined />}
          loading={template.isPending}
          onClick={() => template.mutate(scheme.id, { onSuccess: downloadXlsx })}
          data-testid="ma-import-template"
        >
          {t('ma.import.template')}
        </Button>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={pick} maxCount={1}>
          <Button icon={<UploadOutlined />} data-testid="ma-import-pick">
            {t('ma.import.pick')}
          </Button>
        </Upload>
        {file && (
          <Typography.Text data-testid="ma-import-file">
            {t('ma.import.file', { name: file.name })}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Button
          disabled={!file}
          loading={runImport.isPending && runImport.variables?.dryRun}
          onClick={() => run(true)}
          data-testid="ma-import-dry-run"
        >
          {t('ma.import.dryRun')}
        </Button>
        <Button
          type="primary"
          disabled={!cleanDryRun}
          loading={runImport.isPending && !runImport.variables?.dryRun}
          onClick={() => run(false)}
          data-testid="ma-import-run"
        >
          {t('ma.import.run')}
        </Button>
        <Typography.Text type="secondary">{t('ma.import.runHint')}</Typography.Text>
      </Flex>
      <MaErrorAlert error={runImport.error} />
      {report && <ImportReportView report={report} />}
    </Card>
  );
}
