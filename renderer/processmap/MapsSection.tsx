/** The programme's process maps: each with its state and counterpart, and ways to start, pair and delete them. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import type { ProcessMap } from '../../shared/processmap/schema';
import { navigate, routeHref } from '../app/router';
import { useQuery } from '../api/useQuery';
import { ListSection } from '../common/ListSection';
import { useToasts } from '../common/toastContext';
import { DeleteMapDialog } from './DeleteMapDialog';
import { ImportMapDialog } from './file/ImportMapDialog';
import { prepareArrangeWhenIdle } from './layout/arrangeInWorker';
import { MakeDesiredButton } from './MakeDesiredButton';
import { NewMapDialog } from './NewMapDialog';
import './processmap.css';

export function MapsSection({ programmeId }: { readonly programmeId: string }) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const maps = useQuery('processMap.list', { programmeId: programmeId as ProgrammeId });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<ProcessMap | null>(null);
  const byId = new Map((maps.data ?? []).map((map) => [map.id, map]));
  // A map opened from here finds "Ordna" ready.
  const hasMaps = byId.size > 0;
  useEffect(() => (hasMaps ? prepareArrangeWhenIdle() : undefined), [hasMaps]);

  return (
    <ListSection
      heading={t('processMap.section.heading')}
      newLabel={t('processMap.section.new')}
      onNew={() => setCreating(true)}
      lead={t('processMap.section.lead')}
      empty={t('processMap.section.empty')}
      items={maps}
      actions={
        <button type="button" className="button" onClick={() => setImporting(true)}>
          {t('processMap.file.importButton')}
        </button>
      }
      dialogs={
        <>
          {creating ? (
            <NewMapDialog
              programmeId={programmeId}
              onClose={() => setCreating(false)}
              onSaved={(map) => {
                setCreating(false);
                show({ message: (t) => t('processMap.section.created', { name: map.name }) });
              }}
            />
          ) : null}
          {deleting ? <DeleteMapDialog map={deleting} onClose={() => setDeleting(null)} /> : null}
          {importing ? (
            <ImportMapDialog
              programmeId={programmeId}
              onClose={() => setImporting(false)}
              onImported={(map) => {
                setImporting(false);
                show({ message: (t) => t('processMap.file.imported', { name: map.name }) });
                navigate({ view: 'map', id: map.id });
              }}
            />
          ) : null}
        </>
      }
    >
      {(list) => (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('processMap.section.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('processMap.section.columns.name')}</th>
                <th scope="col">{t('processMap.section.columns.state')}</th>
                <th scope="col">{t('processMap.section.columns.pair')}</th>
                <th scope="col">{t('processMap.section.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((map) => {
                const pair = map.pairId ? byId.get(map.pairId) : undefined;
                return (
                  <tr key={map.id}>
                    <th scope="row">
                      <a href={routeHref({ view: 'map', id: map.id })}>{t('processMap.page.title', { name: map.name, state: t(`processMap.states.${map.state}`) })}</a>
                    </th>
                    <td>{t(`processMap.states.${map.state}`)}</td>
                    <td>
                      {pair ? <a href={routeHref({ view: 'map', id: pair.id })}>{t(`processMap.states.${pair.state}`)}</a> : <span className="muted">{t('processMap.section.unpaired')}</span>}
                    </td>
                    <td>
                      <div className="card__actions">
                        {map.state === 'nulage' && !map.pairId ? <MakeDesiredButton map={map} /> : null}
                        <button
                          type="button"
                          className="button button--small button--danger-quiet"
                          aria-label={t('processMap.section.deleteNamed', { name: map.name, state: t(`processMap.states.${map.state}`) })}
                          onClick={() => setDeleting(map)}
                        >
                          {t('processMap.section.delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </ListSection>
  );
}
