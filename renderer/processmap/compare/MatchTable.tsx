/**
 * The match of every step of önskat läge, and the control to say by hand
 * which nuläge step it is: the accessible form of the overlay, and the only
 * way to correct a match the names got wrong. "Matcha på namnet" clears the
 * link; the step is then paired by its name, if any nuläge step has it.
 */
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/processmap/compare';
import { flowKinds, type MapElementId, type MapView } from '../../../shared/processmap/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';
import { elementText } from '../flowModel';
import type { Mark, Side } from './compareOverlay';

const BY_NAME = '';

/** The steps that take part in the comparison, in flow order as it matches them. */
const flowSteps = (view: MapView) => view.elements.filter((e) => flowKinds.includes(e.kind)).sort((a, b) => a.x - b.x);

interface MatchProps {
  readonly views: Record<Side, MapView>;
  readonly comparison: Comparison;
  readonly marks: ReadonlyMap<string, Mark>;
}

export function MatchTable({ views, comparison, marks }: MatchProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [options, desired] = [flowSteps(views.current), flowSteps(views.desired)];
  const link = (id: MapElementId, value: string): void => {
    void api.invoke('mapElement.update', { id, linkId: value === BY_NAME ? null : (value as MapElementId) }).catch((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }));
  };
  return (
    <section className="map-compare__section" aria-labelledby="map-compare-match">
      <h2 id="map-compare-match">{t('processMap.compare.match.title')}</h2>
      <p>{t('processMap.compare.match.intro')}</p>
      <table className="table map-compare__table">
        <thead>
          <tr>
            <th scope="col">{t('processMap.compare.match.desired')}</th>
            <th scope="col">{t('processMap.compare.match.status')}</th>
            <th scope="col">{t('processMap.compare.match.by')}</th>
            <th scope="col">{t('processMap.compare.match.current')}</th>
          </tr>
        </thead>
        <tbody>
          {desired.map((element) => {
            const step = comparison.steps.find((s) => s.desiredId === element.id);
            const text = elementText(t, element);
            return (
              <tr key={element.id}>
                <th scope="row">{text}</th>
                <td>{marks.get(element.id)?.text ?? ''}</td>
                <td>{step?.matchedBy ? t(step.matchedBy === 'link' ? 'processMap.compare.match.byLink' : 'processMap.compare.match.byName') : t('processMap.compare.match.none')}</td>
                <td>
                  <select className="field__control field__control--select" aria-label={t('processMap.compare.match.select', { step: text })} value={step?.matchedBy === 'link' ? (step.currentId ?? BY_NAME) : BY_NAME} onChange={(event) => link(element.id, event.target.value)}>
                    <option value={BY_NAME}>{t('processMap.compare.match.byNameOption')}</option>
                    {options.map((option) => (
                      <option key={option.id} value={option.id}>
                        {elementText(t, option)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
