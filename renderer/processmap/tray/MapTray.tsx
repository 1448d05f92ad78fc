/**
 * The side tray of challenge cards: the workshops of the map's programme,
 * and for the chosen one its clusters (heading and note count) and the
 * notes outside every cluster, narrowed by a search. Each opens the pin
 * dialog, so a card reaches the map by keyboard alone. What is already on
 * this map says so, in words, and can still be pinned again.
 */
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/board/schema';
import { type Pinned, pinnedOnMap } from '../../../shared/processmap/pinned';
import type { MapElement } from '../../../shared/processmap/schema';
import type { ProgrammeId } from '../../../shared/programme/schema';
import type { WorkshopId } from '../../../shared/workshop/schema';
import { useQuery } from '../../api/useQuery';
import { EmptyState } from '../../common/EmptyState';
import { Loading } from '../../common/Loading';
import { QueryError } from '../../common/QueryError';
import { SelectField } from '../../common/SelectField';
import { TextField } from '../../common/TextField';
import type { PinSource } from './pinSource';
import { startCardDrag } from './useTrayDrop';
import './tray.css';

interface TrayProps {
  readonly programmeId: ProgrammeId;
  /** The map's elements, to mark what is already pinned. */
  readonly elements: readonly MapElement[];
  readonly pin: (source: PinSource) => void;
}

export function MapTray({ programmeId, elements, pin }: TrayProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const workshopField = useId();
  const searchField = useId();
  const workshops = useQuery('workshop.list', { programmeId });
  const [chosen, setChosen] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const list = workshops.data ?? [];
  const workshopId = list.find((w) => w.id === chosen)?.id ?? list[0]?.id ?? null;
  const pinned = useMemo(() => pinnedOnMap(elements), [elements]);

  return (
    <aside className="map-tray" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('processMap.tray.heading')}
      </h2>
      {workshops.error ? <QueryError error={workshops.error} onRetry={workshops.reload} /> : null}
      {!workshops.data && !workshops.error ? <Loading /> : null}
      {workshops.data && list.length === 0 ? (
        <EmptyState>
          <p>{t('processMap.tray.noWorkshops')}</p>
        </EmptyState>
      ) : null}
      {workshopId ? (
        <>
          <SelectField id={workshopField} label={t('processMap.tray.workshop')} value={workshopId as string} onChange={setChosen} options={list.map((w) => ({ value: w.id as string, label: w.title }))} />
          <TextField id={searchField} label={t('processMap.tray.search')} value={search} onChange={setSearch} />
          <TrayBoard workshopId={workshopId} search={search} pinned={pinned} pin={pin} />
        </>
      ) : null}
    </aside>
  );
}

const matches = (query: string, ...texts: readonly string[]) => texts.some((text) => text.toLocaleLowerCase('sv').includes(query));

/** A cluster matches by its heading or any of its notes; a free note by its text. */
function filtered(board: Board, search: string) {
  const query = search.trim().toLocaleLowerCase('sv');
  const notesOf = (clusterId: string) => board.notes.filter((note) => note.clusterId === clusterId);
  const clusters = board.clusters
    .map((cluster) => ({ cluster, notes: notesOf(cluster.id) }))
    .filter(({ cluster, notes }) => matches(query, cluster.heading, ...notes.map((n) => n.text)));
  const free = board.notes.filter((note) => note.clusterId === null && matches(query, note.text));
  return { clusters, free };
}

interface BoardProps {
  readonly workshopId: WorkshopId;
  readonly search: string;
  readonly pinned: Pinned;
  readonly pin: TrayProps['pin'];
}

function TrayBoard({ workshopId, search, pinned, pin }: BoardProps) {
  const { t } = useTranslation();
  const board = useQuery('board.get', { workshopId });
  if (board.error) return <QueryError error={board.error} onRetry={board.reload} />;
  if (!board.data) return <Loading />;
  const { clusters, free } = filtered(board.data, search);
  if (clusters.length + free.length === 0) {
    return (
      <EmptyState>
        <p>{t(board.data.notes.length === 0 ? 'processMap.tray.emptyBoard' : 'processMap.tray.noMatch')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      {clusters.length > 0 ? (
        <TrayList label={t('processMap.tray.clusters')}>
          {clusters.map(({ cluster, notes }) => (
            <TrayItem
              key={cluster.id}
              source={{ kind: 'cluster', clusterId: cluster.id, text: cluster.heading }}
              count={t('processMap.canvas.notes', { count: notes.length })}
              times={pinned.clusters.get(cluster.id) ?? 0}
              pin={pin}
            />
          ))}
        </TrayList>
      ) : null}
      {free.length > 0 ? (
        <TrayList label={t('processMap.tray.freeNotes')}>
          {free.map((note) => (
            <TrayItem key={note.id} source={{ kind: 'note', noteId: note.id, text: note.text }} times={pinned.notes.get(note.id) ?? 0} pin={pin} />
          ))}
        </TrayList>
      ) : null}
    </>
  );
}

function TrayList({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="map-tray__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="map-tray__group-title">
        {label}
      </h3>
      <ul className="map-tray__items">{children}</ul>
    </section>
  );
}

interface ItemProps {
  readonly source: PinSource;
  readonly count?: string;
  /** How many cards on this map already stand for it. */
  readonly times: number;
  readonly pin: TrayProps['pin'];
}

/** The button is the way to pin; dragging the item onto the canvas is a shortcut for the mouse. */
function TrayItem({ source, count, times, pin }: ItemProps) {
  const { t } = useTranslation();
  const { text } = source;
  const again = times > 0;
  return (
    <li className={`map-tray__item${again ? ' map-tray__item--pinned' : ''}`} draggable onDragStart={(event) => startCardDrag(event, source)}>
      <span className="map-tray__text">{text}</span>
      {count ? <span className="map-tray__count">{count}</span> : null}
      {again ? (
        <span className="map-tray__pinned">
          <span aria-hidden="true">✔ </span>
          {t('processMap.tray.onMap', { count: times })}
        </span>
      ) : null}
      <button type="button" className="button button--small" aria-label={t(again ? 'processMap.tray.pinAgainNamed' : 'processMap.tray.pinNamed', { text })} onClick={() => pin(source)}>
        {t(again ? 'processMap.tray.pinAgain' : 'processMap.tray.pin')}
      </button>
    </li>
  );
}
