import { useTranslation } from 'react-i18next';
import type { HintPolicy } from '../api/types.js';

const POLICIES: readonly HintPolicy[] = ['instructor', 'automatic'];

/** The labelled choice of who grants hint requests: the instructor, or the server at once. */
export function HintPolicySelect({
  value,
  onChange,
  disabled = false,
  inline = false,
}: {
  readonly value: HintPolicy;
  readonly onChange: (policy: HintPolicy) => void;
  readonly disabled?: boolean;
  /** Laid out in a row of controls (the control room) rather than a form. */
  readonly inline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label {...(inline ? { className: 'inline' } : {})}>
      {t('hints.policyLabel')}
      {inline ? '\u00a0' : ' '}
      <select
        aria-label={t('hints.policyLabel')}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as HintPolicy)}
      >
        {POLICIES.map((p) => (
          <option key={p} value={p}>
            {t(`hints.policy-${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
