import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';

interface SearchBoxProps {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}

/**
 * One box for a name prefix, a full ID number or its last 4 characters (the server tells them
 * apart by shape). Searches on Enter, on the button, and when cleared.
 */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  const submit = (q: string) => onSearch(q.trim() || undefined);
  return (
    <Space.Compact style={{ width: 320 }}>
      <Input
        value={text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        allowClear
        maxLength={50}
        data-testid="household-search"
        onChange={(e) => {
          setText(e.target.value);
          if (e.type === 'click' && e.target.value === '') submit('');
        }}
        onPressEnter={() => submit(text)}
      />
      <Button
        type="primary"
        icon={<SearchOutlined />}
        aria-label={t('search')}
        onClick={() => submit(text)}
        data-testid="household-search-submit"
      />
    </Space.Compact>
  );
}
