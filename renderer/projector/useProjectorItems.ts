import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { MethodOutput } from '../../shared/api/contract';
import { type QueryResult, useQuery } from '../api/useQuery';
import { useUnchanged } from '../api/useUnchanged';
import type { WorkshopItem } from '../matrix/workshopItems';
import { projectorItems } from './projectorItems';

export interface ProjectorBoardData {
  readonly items: ReadonlyMap<string, WorkshopItem> | undefined;
  readonly participantIds: readonly string[] | undefined;
  readonly query: QueryResult<MethodOutput<'board.get'>>;
}

/** The items the matrix and the vote name, rebuilt only when the board answer really changed. */
export function useProjectorItems(workshopId: WorkshopId): ProjectorBoardData {
  const { t } = useTranslation();
  const query = useQuery('board.get', { workshopId });
  const board = useUnchanged(query.data);
  const hidden = t('projector.board.faceDown');
  const items = useMemo(() => (board ? projectorItems(board, hidden) : undefined), [board, hidden]);
  const participantIds = useMemo(() => board?.participants.map((p) => p.id as string), [board]);
  return { items, participantIds, query };
}
