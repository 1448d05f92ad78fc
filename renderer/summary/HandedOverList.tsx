import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../shared/outcome/schema';
import type { WorkshopItem } from '../matrix/workshopItems';

/** Questions outside the group's mandate, and who takes them on. */
export function HandedOverList({ outcomes, items }: { readonly outcomes: readonly Outcome[]; readonly items: ReadonlyMap<string, WorkshopItem> }) {
  const { t } = useTranslation();
  const handed = outcomes.filter((o) => o.status === 'outside_mandate');
  if (handed.length === 0) return <p className="muted">{t('summary.noHandedOver')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('summary.sections.handedOver')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.item')}</th>
            <th scope="col">{t('results.outside.handedTo')}</th>
            <th scope="col">{t('results.outside.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {handed.map((o) => (
            <tr key={o.itemId}>
              <th scope="row">{items.get(o.itemId)?.title ?? t('results.missingItem')}</th>
              <td>{o.handedTo}</td>
              <td className="prose">{o.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
