/**
 * "Ny risk" on a handlingsplan område: the new-risk dialog with the
 * område as its origin. Nothing is read until it is pressed, so the plan
 * page pays for one button per område. A programme without a register is
 * asked first whether to start one.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanArea, PlanId } from '../../shared/actionplan/schema';
import type { ProgrammeId } from '../../shared/programme/schema';
import { navigate } from '../app/router';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useToasts } from '../common/toastContext';
import { RiskFormDialog } from './RiskFormDialog';

/** `label` and `text` come from the plan page's words, translated once for all its områden. */
export function NewRiskFromArea({ area, label, text }: { readonly area: PlanArea; readonly label: string; readonly text: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-label={label} onClick={() => setOpen(true)}>
        {text}
      </button>
      {open ? <NewRiskFlow planId={area.planId} area={area} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function NewRiskFlow({ planId, area, onClose }: { readonly planId: string; readonly area: PlanArea; readonly onClose: () => void }) {
  const programmeId = useQuery('plan.get', { id: planId as PlanId }).data?.plan.programmeId;
  return programmeId ? <NewRiskInProgramme programmeId={programmeId} area={area} onClose={onClose} /> : null;
}

function NewRiskInProgramme({ programmeId, area, onClose }: { readonly programmeId: ProgrammeId; readonly area: PlanArea; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const register = useQuery('riskRegister.forProgramme', { programmeId });
  const created = useRef(false);
  if (register.data === undefined) return null;
  if (register.data === null) {
    return (
      <ConfirmDialog
        title={t('risk.form.noRegisterTitle')}
        message={t('risk.form.noRegisterMessage')}
        confirmLabel={t('risk.register.create')}
        onConfirm={async () => {
          await api.invoke('riskRegister.create', { programmeId });
          created.current = true;
        }}
        onClose={() => {
          // After creating, the change event brings the register and the form opens on it.
          if (!created.current) onClose();
        }}
      />
    );
  }
  const { id, bands } = register.data;
  return (
    <RiskFormDialog
      registerId={id}
      programmeId={programmeId}
      bands={bands}
      origin={{ source: 'area', areaId: area.id }}
      onClose={onClose}
      onSaved={(risk) => {
        onClose();
        show({ message: (t) => t('risk.register.added', { code: risk.code, title: risk.title }), action: { label: (t) => t('risk.form.showRegister'), run: () => navigate({ view: 'register', id }) } });
      }}
    />
  );
}
