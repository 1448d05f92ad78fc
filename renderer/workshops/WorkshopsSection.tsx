import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import type { Workshop } from '../../shared/workshop/schema';
import { navigate } from '../app/router';
import { useQuery } from '../api/useQuery';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog';
import { WorkshopFormDialog } from './WorkshopFormDialog';
import { WorkshopItem } from './WorkshopItem';

type DialogState =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly workshop: Workshop }
  | { readonly kind: 'delete'; readonly workshop: Workshop }
  | null;

export function WorkshopsSection({ programmeId }: { readonly programmeId: ProgrammeId }) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const headingId = useId();
  const workshops = useQuery('workshop.list', { programmeId });
  const [dialog, setDialog] = useState<DialogState>(null);
  const close = (): void => setDialog(null);

  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {t('workshops.heading')}
        </h2>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('workshops.new')}
        </button>
      </div>

      {workshops.error ? <QueryError error={workshops.error} onRetry={workshops.reload} /> : null}
      {!workshops.data && !workshops.error ? <Loading /> : null}
      {workshops.data?.length === 0 ? (
        <EmptyState>
          <p>{t('workshops.empty')}</p>
        </EmptyState>
      ) : null}
      {workshops.data && workshops.data.length > 0 ? (
        <ul className="card-list card-list--compact" aria-labelledby={headingId}>
          {workshops.data.map((workshop) => (
            <WorkshopItem
              key={workshop.id}
              workshop={workshop}
              onEdit={(w) => setDialog({ kind: 'edit', workshop: w })}
              onDelete={(w) => setDialog({ kind: 'delete', workshop: w })}
            />
          ))}
        </ul>
      ) : null}

      {dialog?.kind === 'create' ? (
        <WorkshopFormDialog
          programmeId={programmeId}
          onClose={close}
          onSaved={(created) => {
            close();
            // A new workshop is made to be run: its page opens, and its h1 takes focus.
            navigate({ view: 'workshop', id: created.id });
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <WorkshopFormDialog
          programmeId={programmeId}
          workshop={dialog.workshop}
          onClose={close}
          onSaved={() => {
            close();
            show({ message: (t) => t('workshops.form.saved') });
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? <DeleteWorkshopDialog workshop={dialog.workshop} onClose={close} /> : null}
    </section>
  );
}
