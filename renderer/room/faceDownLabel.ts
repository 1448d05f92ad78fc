import { createContext } from 'react';

/**
 * The word a face-down note carries on the facilitator's board, translated
 * once for the whole board rather than in each of its notes.
 */
export const FaceDownLabelContext = createContext('');
