import { domainCode, formatDate } from '@bangfu/client';
import { PositionCategory, Suitability, WorkHours } from '@bangfu/domain';
import { type ReactNode, useEffect } from 'react';
import type { PublicPosition } from '../api/types';
import { usePublicPosition } from '../api/use-public-position';
import { InterestButton } from '../jobs/interest-button';
import { AppLink, PORTAL_BASE } from '../routing/use-route';
import { formatSalary } from './format';

const PAGE_TITLE = '职工自助服务 · 帮扶';

function PositionFacts({ p }: { p: PublicPosition }) {
  return (
    <article className="card" aria-labelledby="position-title">
      <p className="tag-row">
        <span className="tag">{PositionCategory.label(p.category, 'zh')}</span>
        {p.boothNo && <span className="booth">展位 {p.boothNo}</span>}
      </p>
      <h1 id="position-title" className="position-title" data-testid="portal-position-title">
        {p.title}
      </h1>
      <p className="salary">{formatSalary(p.salaryMinFen, p.salaryMaxFen)}</p>
      <dl className="facts">
        <dt>用人单位</dt>
        <dd>{p.employerName}</dd>
        <dt>单位地址</dt>
        <dd>{p.employerAddress}</dd>
        <dt>工作区县</dt>
        <dd>{p.countyName}</dd>
        <dt>招聘人数</dt>
        <dd>{p.openings} 人</dd>
        <dt>工作时间</dt>
        <dd>{WorkHours.label(p.hours, 'zh')}</dd>
        <dt>招聘截止</dt>
        <dd>{formatDate(p.validTo, 'zh-CN')}</dd>
      </dl>
    </article>
  );
}

function PositionRequirements({ p }: { p: PublicPosition }) {
  if (!p.requirements && p.skills.length === 0 && p.suitability.length === 0) return null;
  return (
    <section className="card" aria-labelledby="requirements-title">
      <h2 id="requirements-title">岗位要求</h2>
      {p.requirements && <p className="requirements">{p.requirements}</p>}
      {p.skills.length > 0 && (
        <>
          <h3>技能</h3>
          <ul className="pills">
            {p.skills.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {p.suitability.length > 0 && (
        <>
          <h3>岗位特点</h3>
          <ul className="pills pills-accent">
            {p.suitability.map((s) => (
              <li key={s}>{Suitability.label(s, 'zh')}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Message({
  title,
  text,
  testId,
  onRetry,
}: {
  title: string;
  text: string;
  testId: string;
  onRetry?: () => void;
}) {
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          重试
        </button>
      )}
    </section>
  );
}

/** /portal/positions/<id>: the page a job-fair visitor's phone opens from the kiosk's QR code. */
export function PositionPage({ id }: { id: string }) {
  const position = usePublicPosition(id);
  const p = position.data;
  useEffect(() => {
    document.title = p ? `${p.title} · 岗位详情` : PAGE_TITLE;
    return () => {
      document.title = PAGE_TITLE;
    };
  }, [p]);

  let body: ReactNode;
  if (p) {
    body = (
      <>
        <PositionFacts p={p} />
        <PositionRequirements p={p} />
        {p.fairs.length > 0 && (
          <section className="card" aria-labelledby="fairs-title">
            <h2 id="fairs-title">参加的招聘会</h2>
            <ul className="plain-list">
              {p.fairs.map((f) => (
                <li key={f.id}>{f.name}</li>
              ))}
            </ul>
          </section>
        )}
        <InterestButton positionId={p.id} />
      </>
    );
  } else if (position.isError) {
    const code = domainCode(position.error);
    body =
      code === 'NOT_FOUND' || code === 'BAD_REQUEST' ? (
        <Message
          testId="portal-position-missing"
          title="岗位已结束招聘"
          text="这个岗位已招满、已过招聘期限或已撤下。可以回到招聘会现场查看其他岗位。"
        />
      ) : (
        <Message
          testId="portal-position-error"
          title="暂时无法打开"
          text="网络不太好，岗位信息没有加载出来，请稍后重试。"
          onRetry={() => position.refetch()}
        />
      );
  } else {
    body = <p className="loading">正在加载岗位信息…</p>;
  }

  return (
    <div className="page">
      <header className="masthead masthead-compact">
        <AppLink href={PORTAL_BASE} className="back">
          ‹ 职工自助服务
        </AppLink>
        <p className="lead">招聘岗位详情</p>
      </header>
      <main>{body}</main>
      <footer className="footer">
        <p>岗位信息由工会核实发布，求职不收取任何费用。</p>
      </footer>
    </div>
  );
}
