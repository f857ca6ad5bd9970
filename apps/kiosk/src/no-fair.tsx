/** Shown when the screen has no fair to show: none chosen in the URL, or not (or no longer) published. */
export function NoFair({ fairGiven }: { fairGiven: boolean }) {
  return (
    <section className="empty" data-testid="kiosk-empty" aria-labelledby="empty-title">
      <div className="empty-mark" aria-hidden="true">
        ◇
      </div>
      <h2 id="empty-title">暂无招聘会</h2>
      <p>
        {fairGiven ? '本场招聘会的岗位信息尚未发布或已结束，请稍后再来查看。' : '当前没有正在举办的招聘会。'}
      </p>
      <p className="empty-sub">招聘会开始后，这里将显示参会单位和招聘岗位，可扫码在手机上查看详情。</p>
    </section>
  );
}
