import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LIMITS, type MapElement, type MapState } from '../../shared/processmap/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['label', 'responsible', 'problem', 'description'] as const;

/** The problem's own words; kept in the element's description, which a step otherwise does not show. */
const PROBLEM_TEXT_MAX = 300;

/**
 * An element's text; for a step also who answers for it and, on a nuläge,
 * whether it is a problem today and what goes wrong. One save is one update,
 * so one undo step.
 */
export function ElementDialog({ element, state, onClose }: { readonly element: MapElement; readonly state: MapState; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const isStep = element.kind === 'step';
  const marksProblems = isStep && state === 'nulage';
  const [label, setLabel] = useState(element.label);
  const [responsible, setResponsible] = useState(element.responsible);
  const [problem, setProblem] = useState(element.problem);
  const [problemText, setProblemText] = useState(element.description);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const save = (): void => {
    void submit(async () => {
      await api.invoke('mapElement.update', {
        id: element.id,
        label,
        ...(isStep ? { responsible } : {}),
        ...(marksProblems ? { problem, description: problem ? problemText : '' } : {}),
      });
      onClose();
    });
  };
  return (
    <FormDialog title={t('processMap.element.title', { kind: t(`processMap.kinds.${element.kind}`).toLowerCase() })} submitLabel={t('processMap.label.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <TextField id={fieldId('label')} label={t('processMap.label.field')} value={label} onChange={setLabel} error={errors.fields.label} maxLength={MAP_LIMITS.label} />
      {isStep ? <TextField id={fieldId('responsible')} label={t('processMap.element.responsible')} value={responsible} onChange={setResponsible} error={errors.fields.responsible} maxLength={MAP_LIMITS.responsible} /> : null}
      {marksProblems ? (
        <>
          <div className="field field--checkbox">
            <label>
              <input id={fieldId('problem')} type="checkbox" checked={problem} onChange={(event) => setProblem(event.target.checked)} /> {t('processMap.element.problem')}
            </label>
          </div>
          {problem ? <TextField id={fieldId('description')} label={t('processMap.element.problemText')} value={problemText} onChange={setProblemText} error={errors.fields.description} maxLength={PROBLEM_TEXT_MAX} /> : null}
        </>
      ) : null}
    </FormDialog>
  );
}
