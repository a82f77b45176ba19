import { useTranslation } from 'react-i18next';
import type { TeamOverview } from '../../api/types.js';

/**
 * One team's drill on a bar of the exercise length: how far the attack got, when the
 * team detected it, when it contained it.
 */
export function TeamTimeline({
  team,
  length,
  now,
  format,
}: {
  readonly team: TeamOverview;
  readonly length: number;
  readonly now: number;
  readonly format: (sim: number) => string;
}) {
  const { t } = useTranslation();
  const pct = (ms: number) => `${Math.min(100, Math.max(0, (ms / Math.max(1, length)) * 100))}%`;
  const marks: { at: number; cls: string; label: string }[] = [];
  if (team.stageReached)
    marks.push({
      at: team.stageReached.simTime,
      cls: 'mark-stage',
      label: t('control.stageAt', {
        stage: team.stageReached.id,
        time: format(team.stageReached.simTime),
      }),
    });
  if (team.detectedAt !== null)
    marks.push({
      at: team.detectedAt,
      cls: 'mark-detect',
      label: t('control.detectedAt', { time: format(team.detectedAt) }),
    });
  if (team.containedAt !== null)
    marks.push({
      at: team.containedAt,
      cls: 'mark-contain',
      label: t('control.containedAt', { time: format(team.containedAt) }),
    });
  const summary = marks.map((m) => m.label).join('; ') || t('control.nothingYet');
  return (
    <div className="teamline" role="img" aria-label={summary} title={summary}>
      <div className="now" style={{ width: pct(now) }} />
      {marks.map((m) => (
        <span key={m.cls} className={`mark ${m.cls}`} style={{ left: pct(m.at) }} />
      ))}
    </div>
  );
}
