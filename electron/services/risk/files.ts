// Placeholder until the riskxlsx branch lands: the Excel export and import of the register.
import { AppError } from '../../../shared/api/errors';
import type { HandlerMap } from '../../api/handler';

const notYet = (): never => {
  throw new AppError('internal', 'Not built yet');
};

export const fileHandlers: HandlerMap = {
  'riskRegister.exportXlsx': notYet,
  'riskRegister.previewImport': notYet,
  'riskRegister.applyImport': notYet,
};
