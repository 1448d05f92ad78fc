import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementArea } from '../../shared/outcome/schema';
import { routeHref } from '../app/router';
import './areas.css';

export interface AreaTableProps {
  readonly caption: string;
  readonly areas: readonly ImprovementArea[];
  /** Shown on the programme page; the workshop summary lists one workshop only. */
  readonly showWorkshop: boolean;
  readonly votes?: ReadonlyMap<string, number>;
  readonly onEdit?: (area: ImprovementArea) => void;
  /** A column for the handlingsplan on the programme page. */
  readonly plan?: { readonly label: string; readonly cell: (area: ImprovementArea) => ReactNode };
}

/** Improvement areas with their level; edit buttons only where editing belongs. */
export function AreaTable({ caption, areas, showWorkshop, votes, onEdit, plan }: AreaTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table area-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('areas.columns.title')}</th>
            <th scope="col">{t('fields.level')}</th>
            {showWorkshop ? <th scope="col">{t('areas.columns.workshop')}</th> : null}
            {votes ? (
              <th scope="col" className="numeric">
                {t('results.columns.votes')}
              </th>
            ) : null}
            {plan ? <th scope="col">{plan.label}</th> : null}
            {onEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t('areas.columns.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">
                <span className="area-table__title">{area.title}</span>
                {area.description ? <span className="area-table__description prose">{area.description}</span> : null}
              </th>
              <td>
                <span className={`level-badge level-badge--${area.level}`}>{t(`levels.${area.level}`)}</span>
              </td>
              {showWorkshop ? (
                <td>
                  <a href={routeHref({ view: 'workshop', id: area.workshopId })}>{area.workshopTitle}</a>
                </td>
              ) : null}
              {votes ? <td className="numeric">{votes.get(area.itemId) ?? ''}</td> : null}
              {plan ? <td>{plan.cell(area)}</td> : null}
              {onEdit ? (
                <td>
                  <button type="button" className="button button--small" aria-label={t('areas.editNamed', { title: area.title })} onClick={() => onEdit(area)}>
                    {t('common.edit')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
