import { useTranslation } from 'react-i18next';
import type { HandedOver } from '../../shared/summary/model';

/** Questions outside the group's mandate, and who takes them on. */
export function HandedOverList({ handedOver }: { readonly handedOver: readonly HandedOver[] }) {
  const { t } = useTranslation();
  if (handedOver.length === 0) return <p className="muted">{t('summary.noHandedOver')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('summary.sections.handedOver')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.item')}</th>
            <th scope="col">{t('results.outside.handedTo')}</th>
            <th scope="col">{t('results.outside.comment')}</th>
            <th scope="col" className="numeric">
              {t('results.columns.votes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {handedOver.map((h) => (
            <tr key={h.itemId}>
              <th scope="row">{h.title ?? t('results.missingItem')}</th>
              <td>{h.handedTo}</td>
              <td className="prose">{h.comment}</td>
              <td className="numeric">{h.votes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
