import { useLang, useT } from '@bangfu/client';
import { Button } from 'antd';

/** Toggles zh-CN ⇄ en; the label names the language it switches to. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <Button
      size="small"
      data-testid="lang-switch"
      aria-label={t('switchLangHint')}
      title={t('switchLangHint')}
      onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
    >
      {t('switchLang')}
    </Button>
  );
}
