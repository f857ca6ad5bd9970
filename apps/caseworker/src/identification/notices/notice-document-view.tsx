import type { RouterOutputs } from '@bangfu/client';

type NoticeDocument = RouterOutputs['review']['noticeSheet']['documents'][number];

/** One 公示单 as the server rendered it: title, paragraphs, the table of masked names, footer. */
export function NoticeDocumentView({ doc }: { doc: NoticeDocument }) {
  return (
    <article className="notice-sheet" data-testid="notice-document">
      <h2 className="notice-title">{doc.title}</h2>
      {doc.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <table className="notice-table">
        <thead>
          <tr>
            {doc.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.rows.map(([seq, name, category]) => (
            <tr key={seq} data-testid="notice-row">
              <td>{seq}</td>
              <td>{name}</td>
              <td>{category}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="notice-footer">{doc.footer}</p>
    </article>
  );
}
