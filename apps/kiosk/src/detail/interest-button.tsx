import { useEffect, useRef, useState } from 'react';
import { registerInterest } from '../api/kiosk-api';

type InterestState = 'idle' | 'sending' | 'sent' | 'too-many' | 'failed';

const NOTE: Record<InterestState, string> = {
  idle: '点一下，让招聘单位知道有人关注这个岗位（不记录个人信息）',
  sending: '正在提交…',
  sent: '已收到，感谢您的关注！请到展位咨询',
  'too-many': '操作太频繁，请稍后再试',
  failed: '网络不畅，未能提交，请稍后再试',
};

/**
 * "我感兴趣": one anonymous count per overlay. The first tap disables the button at once (a ref,
 * not only state, so a double tap in one frame still sends once); a failure lets the visitor retry.
 */
export function InterestButton({ fairId, positionId }: { fairId: string; positionId: string }) {
  const [state, setState] = useState<InterestState>('idle');
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const onClick = async () => {
    if (busy.current || state === 'sent') return;
    busy.current = true;
    setState('sending');
    const r = await registerInterest(fairId, positionId);
    if (!mounted.current) return;
    setState(r.kind === 'counted' ? 'sent' : r.kind);
    // A sent count stays sent: the button is spent for this overlay.
    busy.current = r.kind === 'counted';
  };

  return (
    <div className="interest">
      <button
        type="button"
        className={state === 'sent' ? 'interest-button interest-sent' : 'interest-button'}
        data-testid="kiosk-interest"
        data-state={state}
        disabled={state === 'sending' || state === 'sent'}
        onClick={onClick}
      >
        {state === 'sent' ? '✓ 已表达意向' : '我感兴趣'}
      </button>
      <p className="interest-note" role="status">
        {NOTE[state]}
      </p>
    </div>
  );
}
