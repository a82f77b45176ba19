/**
 * The fields a bare word or phrase searches (case-insensitively, as "contains"): the
 * free-text fields of the ECS events kunren emits.
 */
export const TEXT_FIELDS: readonly string[] = [
  'message',
  'process.command_line',
  'dns.question.name',
  'url.original',
  'file.path',
  'user_agent.original',
  'email.subject',
  'rule.name',
];
