import { displayPhone, formatDate, formatFen, useLang } from '@bangfu/client';
import {
  canRevealIdNumber,
  DisabilityGrade,
  DisabilityKind,
  HealthStatus,
  MedicalInsurance,
  Relation,
  SchoolStage,
  Sex,
  WorkStatus,
} from '@bangfu/domain';
import { Table, type TableColumnsType } from 'antd';
import type { HouseholdDetail, HouseholdMember } from '../../api/types';
import { useCurrentUser } from '../../auth/current-user';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';
import { RevealIdNumber } from './reveal-id-number';

export function MembersTable({ household }: { household: HouseholdDetail }) {
  const t = useT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const me = useCurrentUser();
  const canReveal = canRevealIdNumber(me.roles);
  const disability = (m: HouseholdMember) =>
    m.disabilityKind
      ? `${label(DisabilityKind, m.disabilityKind)} ${label(DisabilityGrade, m.disabilityGrade)}`
      : '—';
  const columns: TableColumnsType<HouseholdMember> = [
    { key: 'seq', title: t('field.seq'), dataIndex: 'seq', width: 56 },
    { key: 'name', title: t('field.name'), dataIndex: 'name' },
    { key: 'relation', title: t('field.relation'), render: (_, m) => label(Relation, m.relation) },
    {
      key: 'idNumber',
      title: t('field.idNumber'),
      render: (_, m) => (
        <RevealIdNumber
          householdId={household.id}
          memberId={m.id}
          masked={m.idNumberMasked}
          canReveal={canReveal}
        />
      ),
    },
    { key: 'sex', title: t('field.sex'), render: (_, m) => label(Sex, m.sex) },
    { key: 'birthDate', title: t('field.birthDate'), render: (_, m) => formatDate(m.birthDate, lang) },
    { key: 'ethnicity', title: t('field.ethnicity'), dataIndex: 'ethnicity' },
    { key: 'health', title: t('field.health'), render: (_, m) => label(HealthStatus, m.health) },
    { key: 'disability', title: t('field.disabilityKind'), render: (_, m) => disability(m) },
    { key: 'work', title: t('field.workStatus'), render: (_, m) => label(WorkStatus, m.workStatus) },
    {
      key: 'income',
      title: t('field.monthlyIncomeFen'),
      align: 'right',
      render: (_, m) => formatFen(m.monthlyIncomeFen),
    },
    { key: 'school', title: t('field.schoolStage'), render: (_, m) => label(SchoolStage, m.schoolStage) },
    {
      key: 'insurance',
      title: t('field.medicalInsurance'),
      render: (_, m) => label(MedicalInsurance, m.medicalInsurance),
    },
    { key: 'phone', title: t('field.phone'), render: (_, m) => displayPhone(m.phoneMasked) },
  ];
  const rows = [...household.members].sort((a, b) => a.seq - b.seq);
  return (
    <Table<HouseholdMember>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
