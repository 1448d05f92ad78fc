/**
 * Reading a register from Excel, in two steps: the core reads the file and
 * the register and previews every change; apply sends the same file with
 * the user's choices and is one undoable step. A file that changed, or a
 * register changed meanwhile, is refused by its fingerprint and previewed again.
 */
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '../../../shared/files/limits';
import type { RiskImportPreview, RiskImportResult } from '../../../shared/risk/import';
import { type RegisterId, RISK_LIMITS } from '../../../shared/risk/schema';
import { useRememberedName } from '../../actionplan/useRememberedName';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../common/Dialog';
import { ErrorAlert } from '../../common/ErrorAlert';
import { TextField } from '../../common/TextField';
import { errorMessage } from '../../i18n/describeError';
import type { Translated } from '../../i18n/translate';
import { bytesToBase64 } from '../../participants/base64';
import { applyInput, chooseInconsistency, type ImportChoices, NO_CHOICES, toggleFromFile, unresolvedRows } from './importChoices';
import { ChangedRisks, ImportProblems, NewRisks, NotInFile } from './ImportPreviewParts';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Loaded {
  readonly name: string;
  readonly base64: string;
  readonly preview: RiskImportPreview;
}

export function RiskImportDialog({ registerId, onClose }: { readonly registerId: string; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const fileId = useId();
  const byId = useId();
  const [by, setBy] = useRememberedName();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [busy, setBusy] = useState(false);
  // Kept as how to say it, so the message follows a change of language.
  const [error, setError] = useState<{ readonly say: Translated } | null>(null);
  const [result, setResult] = useState<RiskImportResult | null>(null);
  const id = registerId as RegisterId;

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so the same file, fixed, can be chosen again.
    event.target.value = '';
    if (!file) return;
    setLoaded(null);
    setResult(null);
    setChoices(NO_CHOICES);
    if (file.size === 0) return setError({ say: (t) => t('riskImport.emptyFile') });
    if (file.size > IMPORT_LIMITS.fileBytes) return setError({ say: (t) => t('riskImport.tooLarge', { name: file.name, max: IMPORT_LIMITS.fileBytes / 2 ** 20 }) });
    setError(null);
    setBusy(true);
    void file
      .arrayBuffer()
      .then(async (buffer) => {
        const base64 = bytesToBase64(new Uint8Array(buffer));
        setLoaded({ name: file.name, base64, preview: await api.invoke('riskRegister.previewImport', { registerId: id, file: { base64 } }) });
      })
      .catch((failure: unknown) => setError({ say: (t) => errorMessage(t, toApiFailure(failure)) }))
      .finally(() => setBusy(false));
  };

  const unresolved = loaded ? unresolvedRows(loaded.preview, choices) : [];
  const apply = (): void => {
    if (!loaded || busy) return;
    if (unresolved.length > 0) return setError({ say: (t) => t('riskImport.unresolved', { rows: unresolved.join(', ') }) });
    if (!by.trim()) {
      setError({ say: (t) => t('validation.fieldReason', { field: t('risk.fields.by'), reason: t('validation.empty') }) });
      document.getElementById(byId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    api
      .invoke('riskRegister.applyImport', applyInput(loaded.preview, choices, { registerId: id, file: { base64: loaded.base64 }, by }))
      .then((done) => {
        setResult(done);
        setLoaded(null);
      })
      .catch((failure: unknown) => setError({ say: (t) => errorMessage(t, toApiFailure(failure)) }))
      .finally(() => setBusy(false));
  };

  const preview = loaded?.preview;
  const nothing = preview && preview.newRisks.length === 0 && preview.changed.length === 0;
  return (
    <Dialog title={t('riskImport.title')} onClose={onClose} className="risk-dialog--wide">
      <p>{t('riskImport.lead')}</p>
      <div className="field">
        <label htmlFor={fileId} className="field__label">
          {t('riskImport.fileLabel')}
        </label>
        <input id={fileId} type="file" accept={XLSX_TYPES} aria-busy={busy || undefined} onChange={onFile} />
      </div>
      {result ? (
        <p role="status" className="risk-import__result">
          {t('riskImport.done', { created: result.created, updated: result.updated, assessed: result.assessed })}
        </p>
      ) : null}
      {preview ? (
        <div className="risk-import__preview" role="region" aria-label={t('riskImport.previewOf', { name: loaded.name })}>
          <p>
            {t(`riskImport.format.${preview.format}`, { sheet: preview.sheet })} {t('riskImport.unchanged', { count: preview.unchanged })}
          </p>
          {nothing ? <p>{t('riskImport.nothing')}</p> : null}
          <NewRisks preview={preview} choices={choices} choose={(row, take) => setChoices((c) => chooseInconsistency(c, row, take))} />
          <ChangedRisks preview={preview} choices={choices} toggle={(key, take) => setChoices((c) => toggleFromFile(c, key, take))} />
          <NotInFile preview={preview} />
          <ImportProblems preview={preview} />
          {nothing ? null : <TextField id={byId} label={t('riskImport.by')} value={by} onChange={setBy} required maxLength={RISK_LIMITS.name} />}
        </div>
      ) : null}
      {error ? <ErrorAlert>{error.say(t)}</ErrorAlert> : null}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          {result ? t('risk.register.close') : t('common.cancel')}
        </button>
        {preview && !nothing ? (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={apply}>
            {t('riskImport.apply')}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
