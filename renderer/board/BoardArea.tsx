import { useTranslation } from 'react-i18next';
import type { Board } from '../../shared/board/schema';
import type { QueryResult } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { FaceDownLabelContext } from '../room/faceDownLabel';
import { BoardWorkspace } from './BoardWorkspace';
import { useBoardModel } from './model/useBoardModel';
import '../styles/board.css';

/**
 * The board tab. The board query is started by the page together with the
 * workshop query (one round trip less before the first notes show); every
 * change event refetches it, and the workspace stays mounted, with its
 * selection, zoom and pan, while the new answer is on its way.
 */
export function BoardArea({ query, workshopTitle, active }: { readonly query: QueryResult<Board>; readonly workshopTitle: string; readonly active: boolean }) {
  const { t } = useTranslation();
  const model = useBoardModel(query.data);
  if (model) {
    return (
      <FaceDownLabelContext.Provider value={t('room.private.badge')}>
        <BoardWorkspace model={model} workshopTitle={workshopTitle} active={active} />
      </FaceDownLabelContext.Provider>
    );
  }
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return <Loading />;
}
