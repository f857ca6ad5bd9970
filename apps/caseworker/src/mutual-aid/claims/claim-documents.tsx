import { labelIn, useLang } from '@bangfu/client';
import { type ClaimKind, DocumentKind, type MutualAidPlanType, requiredDocuments } from '@bangfu/domain';
import { Checkbox, Tag } from 'antd';
import { useMaT } from '../i18n/use-ma-t';

interface Props {
  planType: MutualAidPlanType | undefined;
  kind: ClaimKind | undefined;
  value?: DocumentKind[];
  onChange?: (v: DocumentKind[]) => void;
}

/** The §7.1 checklist: every paper, the ones this plan and kind require marked, ticked as received. */
export function ClaimDocuments({ planType, kind, value, onChange }: Props) {
  const t = useMaT();
  const { lang } = useLang();
  const required = planType && kind ? requiredDocuments(planType, kind) : [];
  return (
    <Checkbox.Group
      value={value}
      onChange={(v) => onChange?.(v as DocumentKind[])}
      data-testid="ma-claim-documents"
      options={DocumentKind.values.map((d) => ({
        value: d,
        label: (
          <span data-testid={`ma-claim-doc-${d}`}>
            {labelIn(DocumentKind.labels[d], lang)}
            {required.includes(d) && (
              <Tag color="red" style={{ marginInlineStart: 4 }}>
                {t('ma.claims.required')}
              </Tag>
            )}
          </span>
        ),
      }))}
    />
  );
}
