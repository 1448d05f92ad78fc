/**
 * The register's Excel file: the export in the UI language, and reading an
 * edited export or a hand-kept register back in. Every file from outside
 * goes through the bounded reader first, outside any transaction; apply
 * then re-checks the preview inside its single undoable step.
 */
import { mutation, type HandlerMap } from '../../api/handler';
import { exportFile, XLSX_MIME } from '../../exports/files';
import { riskExportLabels } from '../../exports/labels';
import { riskWorkbook } from '../../exports/risk-xlsx';
import { readWorkbook } from '../../files/read-workbook';
import { todayOf } from '../actionplan/rows';
import { readSettings } from '../settings/read';
import { applyImport } from './import-apply';
import { importPreview } from './import-preview';
import { readRegisterFile } from './import-read';
import { registerView } from './rows';

async function registerFile(base64: string) {
  return readRegisterFile(await readWorkbook(Buffer.from(base64, 'base64'), { sheets: 'all' }));
}

export const fileHandlers: HandlerMap = {
  'riskRegister.exportXlsx': async ({ registerId }, { store }) => {
    const input = store.read((db) => ({
      view: registerView(db, registerId, todayOf(store.now())),
      labels: riskExportLabels(readSettings(db).language),
      exportedAt: store.now(),
    }));
    return exportFile(`${input.view.programmeName} – ${input.labels.fileName}`, 'xlsx', XLSX_MIME, await riskWorkbook(input));
  },

  'riskRegister.previewImport': async ({ registerId, file }, { store }) => {
    const parsed = await registerFile(file.base64);
    return store.read((db) => importPreview(parsed, registerView(db, registerId, todayOf(store.now()))));
  },

  'riskRegister.applyImport': async (input, ctx) => {
    const parsed = await registerFile(input.file.base64);
    return mutation('riskRegister.applyImport', (checked, tx) => applyImport(tx, checked, parsed, todayOf(tx.now)))(input, ctx);
  },
};
