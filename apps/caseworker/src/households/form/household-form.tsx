import { fieldErrors, useLang } from '@bangfu/client';
import { Alert, App, Button, Flex, Form } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { BankSection } from './bank-section';
import { BasicsSection } from './basics-section';
import type { FormErrors } from './form-errors';
import type { HouseholdFormValues } from './form-values';
import { HardshipSection } from './hardship-section';
import { IncomeSection } from './income-section';
import { MemberList } from './member-list';
import { serverFormErrors, type Validation } from './validate-household';

const SHOWN = [
  'division',
  'address',
  'postalCode',
  'housingType',
  'areaBand',
  'standardVersion',
  'category',
  'mainCause',
  'secondaryCauses',
  'causeNote',
  'otherAnnualIncomeYuan',
  'unionMember',
  'unionCardNo',
  'employerName',
  'singleParent',
  'zeroEmployment',
  'selfHelpCapacity',
  'bankAccount',
  'members',
];

export const EDIT_FIELDS: ReadonlySet<string> = new Set(SHOWN);
export const CREATE_FIELDS: ReadonlySet<string> = new Set([...SHOWN, 'orgId']);

interface HouseholdFormProps<Out> {
  initialValues: HouseholdFormValues;
  showOrg: boolean;
  validate: (values: HouseholdFormValues) => Validation<Out>;
  /** Saves; a rejection's server field errors are put on the fields (the page's alert explains it). */
  onValid: (data: Out) => Promise<unknown>;
  saving: boolean;
  errorAlert: ReactNode;
  onCancel: () => void;
}

/** The household file form shared by create and edit; validation is the domain schema's. */
export function HouseholdForm<Out>(props: HouseholdFormProps<Out>) {
  const { initialValues, showOrg, validate, onValid, saving, errorAlert, onCancel } = props;
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<HouseholdFormValues>();
  const [general, setGeneral] = useState<string[]>([]);

  const show = (errors: FormErrors) => {
    form.setFields(errors.fields as Parameters<typeof form.setFields>[0]);
    setGeneral(errors.general);
    message.error(t('fixErrors'));
    const first = errors.fields[0];
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  const submit = async () => {
    const result = validate(form.getFieldsValue(true) as HouseholdFormValues);
    if (!result.ok) return show(result.errors);
    setGeneral([]);
    try {
      await onValid(result.data);
    } catch (err) {
      const byPath = fieldErrors(err, lang);
      if (Object.keys(byPath).length > 0)
        show(serverFormErrors(byPath, showOrg ? CREATE_FIELDS : EDIT_FIELDS));
    }
  };

  return (
    <Form<HouseholdFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
      <Flex vertical gap={16}>
        <BasicsSection showOrg={showOrg} />
        <HardshipSection />
        <IncomeSection />
        <BankSection />
        <MemberList />
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('fixErrors')}
            description={general.join('；')}
            data-testid="form-errors"
          />
        )}
        {errorAlert}
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>{t('cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="household-save">
            {t('save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
