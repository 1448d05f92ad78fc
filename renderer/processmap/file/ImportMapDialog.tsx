/**
 * "Importera karta…": one map file read into the programme as a new map.
 * The size is checked here before anything is sent; the core reads and
 * checks the file and creates the map in one undoable step, or says what
 * is wrong with it and saves nothing. The new map opens once it is in.
 */
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JSON_IMPORT_LIMITS } from '../../../shared/files/limits';
import type { ProcessMap } from '../../../shared/processmap/schema';
import type { ProgrammeId } from '../../../shared/programme/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../common/Dialog';
import { ErrorAlert } from '../../common/ErrorAlert';
import { bytesToBase64 } from '../../participants/base64';
import { type FileRefusal, fileRefusal } from './fileErrors';

const JSON_TYPES = '.json,application/json';
const MB = 2 ** 20;

export function ImportMapDialog({ programmeId, onClose, onImported }: { readonly programmeId: string; readonly onClose: () => void; readonly onImported: (map: ProcessMap) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const fileId = useId();
  const leadId = useId();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<FileRefusal | null>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so the same file, fixed, can be chosen again.
    event.target.value = '';
    if (!file || busy) return;
    if (file.size === 0) return setRefusal({ message: t('processMap.file.errors.empty', { name: file.name }), issues: [] });
    if (file.size > JSON_IMPORT_LIMITS.fileBytes) return setRefusal({ message: t('processMap.file.errors.fileBytes', { name: file.name, max: JSON_IMPORT_LIMITS.fileBytes / MB }), issues: [] });
    setRefusal(null);
    setBusy(true);
    void file
      .arrayBuffer()
      .then((buffer) => api.invoke('processMap.import', { programmeId: programmeId as ProgrammeId, file: { base64: bytesToBase64(new Uint8Array(buffer)) } }))
      .then(onImported)
      .catch((failure: unknown) => setRefusal(fileRefusal(t, file.name, toApiFailure(failure))))
      .finally(() => setBusy(false));
  };

  return (
    <Dialog title={t('processMap.file.importTitle')} onClose={onClose} describedBy={leadId}>
      <p id={leadId}>{t('processMap.file.importLead')}</p>
      <div className="field">
        <label htmlFor={fileId} className="field__label">
          {t('processMap.file.fileLabel')}
        </label>
        <input id={fileId} type="file" accept={JSON_TYPES} aria-busy={busy || undefined} onChange={onFile} />
      </div>
      {refusal ? (
        <ErrorAlert>
          <p>{refusal.message}</p>
          {refusal.issues.length > 0 ? (
            <ul>
              {refusal.issues.map((issue, index) => (
                <li key={index}>{issue}</li>
              ))}
            </ul>
          ) : null}
        </ErrorAlert>
      ) : null}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
