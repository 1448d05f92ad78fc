/**
 * Import is two steps on purpose: the core first reads the file or text
 * and reports every row with its problems, and only a preview without
 * problems can be saved, in one step that one undo takes back. A malformed
 * file therefore never saves half a list.
 */
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '../../shared/files/limits';
import type { ImportPreview, ImportSource, ParticipantFields } from '../../shared/participant/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { type ApiFailure, toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { Dialog } from '../common/Dialog';
import { ErrorAlert } from '../common/ErrorAlert';
import { FieldError } from '../common/FieldError';
import { FieldLabel } from '../common/FieldLabel';
import { errorMessage } from '../i18n/describeError';
import type { Translate, Translated } from '../i18n/translate';
import { bytesToBase64 } from './base64';
import { importLimitMessage } from './importLimitMessage';
import type { ImportOrigin } from './importOrigin';
import { ImportPreviewSummary } from './ImportPreviewSummary';
import { ImportPreviewTable } from './ImportPreviewTable';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Loaded {
  readonly origin: ImportOrigin;
  readonly preview: ImportPreview;
}

/** Only a preview where every row was read without problems can be imported. */
function importable(loaded: Loaded | null): ParticipantFields[] | null {
  if (!loaded || loaded.preview.rows.length === 0) return null;
  const fields: ParticipantFields[] = [];
  for (const row of loaded.preview.rows) {
    if (row.problems.length > 0 || !row.fields) return null;
    fields.push(row.fields);
  }
  return fields;
}

function readFailure(t: Translate, origin: ImportOrigin, failure: ApiFailure): string {
  const limited = importLimitMessage(t, origin, failure);
  if (limited) return limited;
  const unreadable = failure.code === 'import_unreadable' || failure.code === 'validation_failed' || failure.code === 'bad_request';
  if (origin.kind === 'file') {
    if (failure.code === 'payload_too_large') return t('import.fileTooLarge', { name: origin.name });
    if (unreadable) return t('import.unreadableFile', { name: origin.name });
  } else if (unreadable) {
    return t('import.unreadableText');
  }
  return errorMessage(t, failure);
}

export interface ImportParticipantsDialogProps {
  readonly workshopId: WorkshopId;
  readonly onClose: () => void;
  readonly onImported: (count: number) => void;
}

export function ImportParticipantsDialog({ workshopId, onClose, onImported }: ImportParticipantsDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const fileId = useId();
  const fileHintId = useId();
  const textId = useId();
  const textHintId = useId();
  const blockedId = useId();
  const [text, setText] = useState('');
  const [textEmpty, setTextEmpty] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState(false);
  // Kept as how to say it, not as said, so the message follows a change of language.
  const [error, setError] = useState<{ readonly say: Translated } | null>(null);
  const [importing, setImporting] = useState(false);
  const latest = useRef(0);
  const result = useRef<HTMLDivElement>(null);

  // The sources take the top of the dialog; bring the answer into view.
  useEffect(() => {
    if (loaded || error) result.current?.scrollIntoView({ block: 'start' });
  }, [loaded, error]);

  const read = async (origin: ImportOrigin, source: () => Promise<ImportSource | Translated>): Promise<void> => {
    const request = ++latest.current;
    setReading(true);
    setError(null);
    setLoaded(null);
    try {
      const prepared = await source();
      if (typeof prepared === 'function') {
        if (request === latest.current) setError({ say: prepared });
        return;
      }
      const preview = await api.invoke('participant.previewImport', { source: prepared });
      if (request === latest.current) setLoaded({ origin, preview });
    } catch (failure) {
      if (request === latest.current) setError({ say: (t) => readFailure(t, origin, toApiFailure(failure)) });
    } finally {
      if (request === latest.current) setReading(false);
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again, after fixing it, reads it again.
    event.target.value = '';
    if (!file) return;
    void read({ kind: 'file', name: file.name }, async () => {
      if (file.size === 0) return (t) => t('import.emptyFile');
      if (file.size > IMPORT_LIMITS.fileBytes) return (t) => t('import.tooLarge.fileBytes', { name: file.name, max: IMPORT_LIMITS.fileBytes / 2 ** 20 });
      return { format: 'xlsx', base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
    });
  };

  const previewText = (): void => {
    if (text.trim() === '') {
      setTextEmpty(true);
      document.getElementById(textId)?.focus();
      return;
    }
    setTextEmpty(false);
    void read({ kind: 'text' }, () => Promise.resolve({ format: 'text', text }));
  };

  const changeText = (value: string): void => {
    setText(value);
    setTextEmpty(false);
    // A preview of the old text must not be imported by mistake.
    if (loaded?.origin.kind === 'text') setLoaded(null);
  };

  const participants = importable(loaded);
  const blockedReason = participants
    ? null
    : !loaded
      ? t('import.needPreview')
      : loaded.preview.rows.length === 0
        ? t('import.preview.noRows')
        : t('import.preview.blocked');

  const confirm = async (): Promise<void> => {
    if (!participants || importing) return;
    setImporting(true);
    setError(null);
    try {
      await api.invoke('participant.import', { workshopId, participants });
      onImported(participants.length);
    } catch (failure) {
      setError({ say: (t) => errorMessage(t, toApiFailure(failure)) });
      setImporting(false);
    }
  };

  return (
    <Dialog title={t('import.title')} onClose={onClose} className="import-dialog">
      <p>{t('import.lead')}</p>
      <p className="import-dialog__format">{t('import.format')}</p>
      <div className="import-dialog__sources">
        <fieldset className="import-dialog__source">
          <legend>{t('import.fileLegend')}</legend>
          <div className="field">
            <label htmlFor={fileId} className="field__label">
              {t('import.fileLabel')}
            </label>
            <input
              id={fileId}
              type="file"
              className="import-dialog__file"
              accept={XLSX_TYPES}
              aria-describedby={fileHintId}
              onChange={onFile}
            />
            <p id={fileHintId} className="import-dialog__hint">
              {t('import.fileHint')}
            </p>
          </div>
        </fieldset>
        <fieldset className="import-dialog__source">
          <legend>{t('import.textLegend')}</legend>
          <div className="field">
            <FieldLabel htmlFor={textId} label={t('import.textLabel')} />
            <p id={textHintId} className="import-dialog__hint">
              {t('import.textHint')}
            </p>
            <textarea
              id={textId}
              className="field__control field__control--textarea import-dialog__text"
              value={text}
              rows={6}
              spellCheck={false}
              onChange={(event) => changeText(event.target.value)}
              aria-invalid={textEmpty || undefined}
              aria-describedby={textEmpty ? `${textHintId} ${textId}-error` : textHintId}
            />
            <FieldError id={`${textId}-error`} message={textEmpty ? t('import.emptyText') : undefined} />
          </div>
          <button type="button" className="button" onClick={previewText}>
            {t('import.previewText')}
          </button>
        </fieldset>
      </div>

      <div ref={result}>
        <div role="status" className="import-dialog__status">
          {reading ? <p>{t('import.reading')}</p> : null}
          {loaded ? <ImportPreviewSummary origin={loaded.origin} preview={loaded.preview} /> : null}
        </div>
        {error ? (
          <ErrorAlert>
            <p>{error.say(t)}</p>
          </ErrorAlert>
        ) : null}
        {loaded && loaded.preview.rows.length > 0 ? <ImportPreviewTable rows={loaded.preview.rows} /> : null}
      </div>

      <div className="dialog__buttons">
        {blockedReason ? (
          <p id={blockedId} className={loaded ? 'import-dialog__blocked import-dialog__blocked--problems' : 'import-dialog__blocked'}>
            {blockedReason}
          </p>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          // aria-disabled keeps the button reachable by Tab, so its reason can be read out.
          aria-disabled={!participants || importing || undefined}
          aria-describedby={blockedReason ? blockedId : undefined}
          onClick={() => void confirm()}
        >
          {participants ? t('import.confirm', { count: participants.length }) : t('import.confirmNothing')}
        </button>
      </div>
    </Dialog>
  );
}
