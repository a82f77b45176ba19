import type { EcsEvent } from '@kunren/domain';
import type { EdrAlertFacts, EventMeta, HostFacts } from './facts.js';
import { fileFields } from './fileFields.js';
import { hashFields } from './hashFields.js';
import { hostFields } from './hostFields.js';
import type { Obj } from './Obj.js';
import { relatedHashes } from './relatedHashes.js';
import { severityScore } from './severityScore.js';
import { timestampOf } from './timestampOf.js';

const ATTACK = 'https://attack.mitre.org/';

/**
 * An EDR alert in the shape of Elastic Defend's behaviour alerts (`endpoint.alerts`):
 * `event.kind: alert`, the rule, ATT&CK `threat.*` (ECS array form), the full process with
 * its parent, and the file when the detection is about one. `prevented` alerts say `denied`.
 */
export function edrAlert(meta: EventMeta, host: HostFacts, alert: EdrAlertFacts): EcsEvent {
  const p = alert.process;
  const proc: Obj = {
    entity_id: p.entityId,
    pid: p.pid,
    executable: p.executable,
    name: p.name,
    command_line: p.commandLine,
    args: p.args.slice(),
    args_count: p.args.length,
    working_directory: p.workingDirectory,
    hash: hashFields(p.hashes),
  };
  if (p.parent) {
    proc.parent = {
      entity_id: p.parent.entityId,
      pid: p.parent.pid,
      executable: p.parent.executable,
      name: p.parent.name,
      command_line: p.parent.commandLine,
    };
  }
  const t = alert.technique;
  const dotted = t.id.indexOf('.');
  const techniqueRef = ATTACK + 'techniques/' + (dotted < 0 ? t.id : t.id.replace('.', '/')) + '/';
  const prevented = alert.action === 'prevented';
  const hashes = relatedHashes(p.hashes);
  const ev: EcsEvent = {
    '@timestamp': timestampOf(meta),
    event: {
      id: meta.id,
      kind: 'alert',
      module: 'endpoint',
      dataset: 'endpoint.alerts',
      code: 'behavior',
      category: ['malware', 'intrusion_detection', 'process'],
      type: ['info', prevented ? 'denied' : 'allowed'],
      action: 'rule_detection',
      outcome: 'success',
      severity: severityScore(alert.severity),
      risk_score: alert.riskScore,
    },
    message:
      'Malicious Behavior ' +
      (prevented ? 'Prevention' : 'Detection') +
      ' Alert: ' +
      alert.ruleName,
    host: hostFields(host).host,
    agent: { type: 'endpoint' },
    rule: { id: alert.ruleId, name: alert.ruleName, ruleset: 'production' },
    threat: {
      framework: 'MITRE ATT&CK',
      tactic: {
        id: [t.tacticId],
        name: [t.tacticName],
        reference: [ATTACK + 'tactics/' + t.tacticId + '/'],
      },
      technique: { id: [t.id], name: [t.name], reference: [techniqueRef] },
    },
    process: proc,
    user: { id: p.user.sid, name: p.user.name, domain: p.user.domain },
    related: { user: [p.user.name], hash: hashes },
    ecs: { version: '8.11.0' },
  };
  if (alert.file) {
    const file = fileFields(alert.file);
    if (alert.file.hashes) {
      file.hash = hashFields(alert.file.hashes);
      for (const h of relatedHashes(alert.file.hashes)) if (!hashes.includes(h)) hashes.push(h);
    }
    if (alert.file.size !== undefined) file.size = alert.file.size;
    ev.file = file;
  }
  return ev;
}
