/**
 * Sign-in is not open yet: accounts are activated with the contact card (联系卡) the union hands
 * to each filed worker. No form is shown until there is something real to sign in to.
 */
export function SignInPlaceholder() {
  return (
    <section aria-labelledby="sign-in-title" className="card" data-testid="portal-sign-in">
      <h2 id="sign-in-title">登录</h2>
      <p>
        职工本人登录功能即将开通。账号将随<strong>帮扶联系卡</strong>一并发放，请按联系卡上的说明激活。
      </p>
      <button type="button" className="primary" disabled aria-disabled="true">
        暂未开通
      </button>
      <p className="hint">如需查询档案或办理帮扶事项，请联系您所在单位或社区的工会。</p>
    </section>
  );
}
