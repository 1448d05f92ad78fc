import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useQuery } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { ViewHeading } from '../common/ViewHeading';
import { DeleteProgrammeDialog } from './DeleteProgrammeDialog';
import { ProgrammeCard } from './ProgrammeCard';
import type { ProgrammeDialogState } from './programmeDialogState';
import { ProgrammeFormDialog } from './ProgrammeFormDialog';

export function StartView() {
  const { t } = useTranslation();
  const { show } = useToasts();
  const programmes = useQuery('programme.list', {});
  const [dialog, setDialog] = useState<ProgrammeDialogState>(null);
  const close = (): void => setDialog(null);
  useDocumentTitle(t('programmes.title'));

  return (
    <section className="view">
      <div className="view__header">
        <div>
          <ViewHeading>{t('programmes.heading')}</ViewHeading>
          <p className="view__lead">{t('programmes.lead')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('programmes.new')}
        </button>
      </div>

      {programmes.error ? <QueryError error={programmes.error} onRetry={programmes.reload} /> : null}
      {!programmes.data && !programmes.error ? <Loading /> : null}
      {programmes.data?.length === 0 ? (
        <EmptyState>
          <p>{t('programmes.empty')}</p>
        </EmptyState>
      ) : null}
      {programmes.data && programmes.data.length > 0 ? (
        <ul className="card-list" aria-label={t('programmes.listLabel')}>
          {programmes.data.map((programme) => (
            <ProgrammeCard
              key={programme.id}
              programme={programme}
              onEdit={(p) => setDialog({ kind: 'edit', programme: p })}
              onDelete={(p) => setDialog({ kind: 'delete', programme: p })}
            />
          ))}
        </ul>
      ) : null}

      {dialog?.kind === 'create' ? (
        <ProgrammeFormDialog
          onClose={close}
          onSaved={(created) => {
            close();
            // The new programme's page is confirmation enough; its h1 takes focus.
            navigate({ view: 'programme', id: created.id });
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <ProgrammeFormDialog
          programme={dialog.programme}
          onClose={close}
          onSaved={() => {
            close();
            show({ message: (t) => t('programmes.form.saved') });
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? <DeleteProgrammeDialog programme={dialog.programme} onClose={close} /> : null}
    </section>
  );
}
