import { AuditOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useSurveyT } from './i18n/use-survey-t';
import { SURVEY_VIEW_ROLES, useHasSurveyRole } from './permissions';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** 调研活动, for the roles that may see campaigns (keys are paths). */
export function useSurveyMenuItems(): MenuItem[] {
  const t = useSurveyT();
  const allowed = useHasSurveyRole(SURVEY_VIEW_ROLES);
  return allowed ? [{ key: '/insight/survey', icon: <AuditOutlined />, label: t('sv.menu') }] : [];
}
