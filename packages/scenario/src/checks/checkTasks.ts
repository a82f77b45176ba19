import type { Scenario, Task } from '@kunren/domain';
import { attackTechnique, parseCidr, parseDuration } from '@kunren/domain';
import type { DocPath, Finding } from '../Finding.js';

/** A problem with one key of a task's answer. */
function keyProblem(task: Task, key: string, path: DocPath): Finding | undefined {
  if (key.includes('{{')) return undefined;
  const bad = (why: string): Finding => ({
    id: 'scenario.bad-answer-key',
    path,
    message: `answer key "${key}" of task "${task.id}" ${why}`,
  });
  const a = task.answer;
  switch (a.type) {
    case 'choice': {
      const n = a.choices?.length ?? 0;
      return /^\d+$/.test(key) && Number(key) >= 1 && Number(key) <= n
        ? undefined
        : bad(`is not an option number between 1 and ${n}`);
    }
    case 'number':
      return Number.isFinite(Number(key)) && key.trim() !== '' ? undefined : bad('is not a number');
    case 'ip':
      return parseCidr(key) ? undefined : bad('is not an IPv4 address or CIDR block');
    case 'technique':
      return attackTechnique(key) ? undefined : bad('is not an ATT&CK Enterprise technique id');
    case 'time':
      return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(key)
        ? undefined
        : bad('is not an ISO 8601 date-time such as 2026-03-09T10:42:00Z');
    case 'domain':
    case 'url':
    case 'hash':
    case 'host':
    case 'user':
    case 'email':
    case 'filename':
    case 'text':
    default:
      return undefined;
  }
}

/**
 * Tasks: choice answers have options and keys that are option numbers, time answers a
 * parseable tolerance, free-text answers a rubric for the evaluator, and literal keys the
 * form of their answer type.
 */
export function checkTasks(scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  scenario.tasks.forEach((task, i) => {
    const at = ['tasks', i, 'answer'];
    const a = task.answer;
    if (a.type === 'choice' && (a.choices?.length ?? 0) < 2) {
      out.push({
        id: 'scenario.bad-answer-key',
        path: at,
        message: `task "${task.id}" is multiple choice but lists ${a.choices?.length ?? 0} choices; add answer.choices (two or more)`,
      });
      return;
    }
    if (a.type === 'text' && a.rubric === undefined) {
      out.push({
        id: 'scenario.bad-answer-key',
        path: at,
        message: `task "${task.id}" takes free text, which an evaluator grades; add answer.rubric saying what a good answer contains`,
      });
    }
    if (a.tolerance !== undefined && parseDuration(a.tolerance) === undefined) {
      out.push({
        id: 'scenario.bad-answer-key',
        path: [...at, 'tolerance'],
        message: `tolerance "${a.tolerance}" of task "${task.id}" is not a duration; write e.g. 30m or 2h`,
      });
    }
    a.key.forEach((key, j) => {
      const f = keyProblem(task, key, [...at, 'key', j]);
      if (f) out.push(f);
    });
  });
  return out;
}
