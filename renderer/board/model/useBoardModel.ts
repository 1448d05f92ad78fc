import { useMemo, useState } from 'react';
import type { Board } from '../../../shared/board/schema';
import { type BoardModel, buildModel } from './boardModel';

/** Remembers the last model so the next one can take over unchanged objects. */
class ModelCache {
  private last: BoardModel | undefined;

  build(board: Board): BoardModel {
    this.last = buildModel(board, this.last);
    return this.last;
  }
}

export function useBoardModel(board: Board | undefined): BoardModel | undefined {
  const [cache] = useState(() => new ModelCache());
  return useMemo(() => (board ? cache.build(board) : undefined), [board, cache]);
}
