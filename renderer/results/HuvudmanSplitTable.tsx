import { useTranslation } from 'react-i18next';
import { type Huvudman, huvudmanValues } from '../../shared/participant/schema';

export interface HuvudmanSplitTableProps {
  readonly caption: string;
  readonly byHuvudman: Readonly<Partial<Record<Huvudman, number>>>;
  /** A last column with all the votes, when the table stands alone. */
  readonly total?: number;
  readonly className?: string;
}

/** Votes per huvudman as one row: for a traced area, or a whole round in the summary. */
export function HuvudmanSplitTable({ caption, byHuvudman, total, className }: HuvudmanSplitTableProps) {
  const { t } = useTranslation();
  return (
    <table className={className ? `table ${className}` : 'table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {huvudmanValues.map((h) => (
            <th key={h} scope="col" className="numeric">
              {t(`huvudman.${h}`)}
            </th>
          ))}
          {total === undefined ? null : (
            <th scope="col" className="numeric">
              {t('summary.splitTotal')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {huvudmanValues.map((h) => (
            <td key={h} className="numeric">
              {byHuvudman[h] ?? 0}
            </td>
          ))}
          {total === undefined ? null : <td className="numeric">{total}</td>}
        </tr>
      </tbody>
    </table>
  );
}
