/**
 * One rating on the seed's 1–4 scale as radio buttons, each with its name
 * and what it means, and the motivation the rating requires beneath.
 */
import { useTranslation } from 'react-i18next';
import { RISK_LIMITS } from '../../shared/risk/schema';
import { ratings } from '../../shared/risk/rules';
import { FieldError } from '../common/FieldError';
import { TextAreaField } from '../common/TextAreaField';

export interface RatingGroupProps {
  readonly scale: 'likelihood' | 'consequence';
  /** The first radio's id, so a refusal can move focus to the group. */
  readonly id: string;
  readonly motivationId: string;
  readonly value: number | null;
  readonly motivation: string;
  readonly onChange: (value: number) => void;
  readonly onMotivation: (text: string) => void;
  readonly error?: string | undefined;
  readonly motivationError?: string | undefined;
}

export function RatingGroup({ scale, id, motivationId, value, motivation, onChange, onMotivation, error, motivationError }: RatingGroupProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <fieldset className="risk-rating" aria-describedby={error ? errorId : undefined}>
      <legend className="risk-rating__legend">
        {t(`risk.fields.${scale}`)}
        <span className="field__required" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="risk-rating__options">
        {ratings.map((rating) => (
          <label key={rating} className="risk-rating__option">
            <input type="radio" id={rating === ratings[0] ? id : undefined} name={id} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
            <span className="risk-rating__name">
              {rating} – {t(`risk.scale.${scale}.${rating}.name`)}
            </span>
            <span className="risk-rating__meaning">{t(`risk.scale.${scale}.${rating}.meaning`)}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
      <TextAreaField
        id={motivationId}
        label={t(`risk.fields.${scale}Motivation`)}
        value={motivation}
        onChange={onMotivation}
        error={motivationError}
        required
        rows={2}
        maxLength={RISK_LIMITS.motivation}
      />
    </fieldset>
  );
}
