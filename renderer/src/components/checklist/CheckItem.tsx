// Renderer: one checklist item: status, title, explanation, evidence folded away, and the fix with a copy
// button, the pairing QR code, and (when the caller allows it) "Check again" and "Reconnect".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check } from '@shared/report/check-types';
import { PairingQr } from './PairingQr';
import { StatusBadge } from './StatusBadge';
import { useCheckText } from './use-check-text';

export interface CheckItemProps {
  check: Check;
  /** The customer, site or car the item is about (shown beside the title: items are grouped by fixer). */
  subjectName?: string;
  onRecheck?: (check: Check) => void;
  rechecking?: boolean;
  onReconnect?: () => void;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function CheckItem({ check, subjectName, onRecheck, rechecking, onReconnect }: CheckItemProps) {
  const { t } = useTranslation();
  const text = useCheckText();
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const fix = check.fix;
  const pairing = fix?.links.find((l) => l.kind === 'pairing');
  const reconnect = fix?.links.some((l) => l.kind === 'reconnect');
  const steps = fix ? text.fixSteps(fix) : [];

  const copy = async () => {
    if (!fix) return;
    const lines = [
      text.fixSummary(fix),
      ...steps.map((s, i) => `${i + 1}. ${s}`),
      ...fix.links.filter((l) => l.kind !== 'reconnect').map((l) => l.url),
    ];
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      setCopyNote(t('checklist.fix.copied'));
    } catch {
      setCopyNote(t('checklist.fix.copyFailed'));
    }
  };

  return (
    <li
      id={`ck-${check.id}@${check.subject.id}`}
      className={`ck-item ck-item-${check.status}`}
      data-testid={`check-${check.id}@${check.subject.id}`}
      data-check-id={check.id}
    >
      <div className="ck-head">
        <StatusBadge status={check.status} />
        <h5 className="ck-title">
          {text.title(check)}
          {subjectName && check.subject.kind !== 'account' && (
            <span className="ck-subject"> {t('checklist.subjectOf', { name: subjectName })}</span>
          )}
        </h5>
        {onRecheck && (
          <button type="button" className="ck-recheck" onClick={() => onRecheck(check)} disabled={rechecking}>
            {rechecking ? t('checklist.rechecking') : t('checklist.recheck')}
          </button>
        )}
      </div>
      <p className="ck-detail">{text.detail(check)}</p>
      {fix && (
        <div className="ck-fix">
          <h6>
            {t('checklist.fix.heading')}: {text.fixSummary(fix)}
          </h6>
          {fix.actor && (
            <p className="ck-actor" data-actor={fix.actor}>
              {t('checklist.fix.who', { who: t(`checklist.fix.actor.${fix.actor}`) })}
            </p>
          )}
          <ol>
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          {pairing && <PairingQr url={pairing.url} />}
          <div className="ck-actions">
            <button type="button" onClick={() => void copy()}>
              {t('checklist.fix.copy')}
            </button>
            {reconnect && onReconnect && (
              <button type="button" className="primary" onClick={onReconnect}>
                {t('checklist.fix.reconnect')}
              </button>
            )}
            {copyNote && (
              <span role="status" className="ck-note">
                {copyNote}
              </span>
            )}
          </div>
        </div>
      )}
      {check.evidence.length > 0 && (
        <details className="ck-evidence">
          <summary>{t('checklist.evidence.summary', { count: check.evidence.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('checklist.evidence.field')}</th>
                <th scope="col">{t('checklist.evidence.value')}</th>
                <th scope="col">{t('checklist.evidence.source')}</th>
              </tr>
            </thead>
            <tbody>
              {check.evidence.map((e, i) => (
                <tr key={i}>
                  <td>
                    <code>{e.field}</code>
                  </td>
                  <td>
                    {e.value === 'absent' ? <em>{t('checklist.evidence.absent')}</em> : <code>{show(e.value)}</code>}
                    {text.evidenceNote(e) && <div className="ck-note">{text.evidenceNote(e)}</div>}
                  </td>
                  <td>
                    <code>{e.source}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </li>
  );
}
