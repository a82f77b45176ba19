/** What a template is rendered against: the actor, the stage's target, and the world. */
export interface TemplateScope {
  /** The host the step runs on. */
  readonly host: string;
  /** The acting user's username. */
  readonly user: string;
  /** The acting host's IP. */
  readonly ip: string;
  readonly targetHost: string;
  readonly targetUser: string;
  /** A fresh random 32-bit draw for `{{random.*}}`. */
  random(): number;
  /** A popular legitimate domain. */
  popularDomain(): string;
  /** An indicator value of this world, or undefined. */
  indicator(name: string): string | undefined;
  /** The host or user an earlier stage targeted, or undefined. */
  stage(id: string, field: 'host' | 'user'): string | undefined;
  readonly domain: string;
  readonly fileServer: string;
  readonly dc: string;
  /** PID of lsass.exe on the acting host (as in its Sysmon 10 and Security records). */
  readonly lsassPid: string;
}
