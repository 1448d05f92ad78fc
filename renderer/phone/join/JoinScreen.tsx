import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinCode } from '../../../shared/join/schema';
import { FieldError } from '../../common/FieldError';
import type { JoinNotice } from '../session';
import { ScreenFrame } from '../ScreenFrame';

export interface JoinScreenProps {
  readonly notice: JoinNotice;
  /** A code that came in the address and did not work: kept so one can see what was tried. */
  readonly code: string;
  readonly busy: boolean;
  readonly onJoin: (code: string) => void;
}

export function JoinScreen({ notice, code: initial, busy, onJoin }: JoinScreenProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initial);
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy) return;
    const parsed = JoinCode.safeParse(code);
    if (!parsed.success) return setError(t('phone.join.codeFormat'));
    setError(undefined);
    onJoin(parsed.data);
  };

  return (
    <ScreenFrame id="phone-join" title={t('phone.join.heading')}>
      {notice ? <p className="phone-notice phone-notice--warning">{t(`phone.join.${notice}`)}</p> : null}
      <p>{t('phone.join.intro')}</p>
      <form className="phone-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="phone-join-code" className="field__label">
            {t('phone.join.code')}
          </label>
          <p id="phone-join-code-hint" className="phone-hint">
            {t('phone.join.codeHint')}
          </p>
          <input
            id="phone-join-code"
            name="code"
            className="field__control phone-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={12}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'phone-join-code-hint phone-join-code-error' : 'phone-join-code-hint'}
          />
          <FieldError id="phone-join-code-error" message={error} />
        </div>
        <button type="submit" className="button button--primary phone-wide">
          {t('phone.join.submit')}
        </button>
      </form>
    </ScreenFrame>
  );
}
