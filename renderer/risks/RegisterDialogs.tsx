/** Renders whichever register dialog is open, for the risk as the page's view holds it now. */
import { useTranslation } from 'react-i18next';
import type { RegisterView } from '../../shared/risk/schema';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useToasts } from '../common/toastContext';
import { useUndoableNotice } from '../history/useUndoableNotice';
import type { Translated } from '../i18n/translate';
import { AssessDialog } from './AssessDialog';
import { BandsDialog } from './BandsDialog';
import type { RegisterDialogState } from './registerDialogs';
import { RiskImportDialog } from './import/RiskImportDialog';
import { RiskActionsDialog } from './RiskActionsDialog';
import { RiskDetailsDialog } from './RiskDetailsDialog';
import { RiskFormDialog } from './RiskFormDialog';
import type { RiskWords } from './riskWords';

export interface RegisterDialogsProps {
  readonly view: RegisterView;
  readonly words: RiskWords;
  readonly dialog: RegisterDialogState | null;
  readonly open: (dialog: RegisterDialogState) => void;
  readonly close: () => void;
}

export function RegisterDialogs({ view, words, dialog, open, close }: RegisterDialogsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  if (!dialog) return null;
  const { register } = view;
  const common = { registerId: register.id, programmeId: register.programmeId, bands: register.bands, onClose: close };
  const closeSaying = (message: Translated): void => {
    close();
    show({ message });
  };
  switch (dialog.kind) {
    case 'new':
      return <RiskFormDialog {...common} onSaved={(risk) => closeSaying((t) => t('risk.register.added', { code: risk.code, title: risk.title }))} />;
    case 'bands':
      return <BandsDialog register={register} onClose={close} />;
    case 'import':
      return <RiskImportDialog registerId={register.id} onClose={close} />;
  }
  const risk = view.risks.find((r) => r.id === dialog.riskId);
  // The risk went away meanwhile (undone elsewhere); there is nothing left to show.
  if (!risk) return null;
  switch (dialog.kind) {
    case 'details':
      return <RiskDetailsDialog risk={risk} words={words} open={open} onClose={close} />;
    case 'edit':
      return <RiskFormDialog {...common} risk={risk} onSaved={(saved) => closeSaying((t) => t('risk.register.saved', { code: saved.code }))} />;
    case 'assess':
      return <AssessDialog risk={risk} bands={register.bands} programmeId={register.programmeId} onClose={close} />;
    case 'actions':
      return <RiskActionsDialog risk={risk} programmeId={register.programmeId} words={words} onClose={close} />;
    case 'delete':
      return (
        <ConfirmDialog
          title={t('risk.register.deleteTitle')}
          message={t('risk.register.deleteMessage', { code: risk.code, title: risk.title, count: risk.assessmentCount })}
          confirmLabel={t('risk.register.delete')}
          danger
          returnFocus="heading"
          onConfirm={async () => {
            await api.invoke('risk.delete', { id: risk.id });
            notice((t) => t('risk.register.deleted', { code: risk.code, title: risk.title }), 'risk.delete');
          }}
          onClose={close}
        />
      );
  }
}
